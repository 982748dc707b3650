from django.urls import path

from courses.views import learning, quizzes

app_name = "courses"

urlpatterns = [
    path("", learning.catalogue, name="catalogue"),
    path("my/", learning.my_learning, name="my_learning"),
    path("courses/<int:course_id>/enrol/", learning.enrol, name="enrol"),
    path("lessons/<int:lesson_id>/complete/", learning.complete, name="complete_lesson"),
    path("quizzes/<int:quiz_id>/start/", quizzes.start, name="start_quiz"),
    path("quizzes/<int:quiz_id>/attempt/", quizzes.take, name="take_quiz"),
    path("quizzes/<int:quiz_id>/submit/", quizzes.submit, name="submit_quiz"),
    path("attempts/<int:attempt_id>/", quizzes.result, name="attempt"),
]
