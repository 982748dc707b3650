"""What services raise when a learner asks for something they may not do; the message is shown to them."""

from django.utils.translation import gettext_lazy as _

# Said wherever a members-only course turns away someone who is not (or no longer) an approved member.
MEMBERS_ONLY_MESSAGE = _(
    "This course is open to approved members of the network only. Your country focal point reviews membership requests."
)


class ActionRefused(Exception):
    """A refused request, with a message in the learner's language and the HTTP status that fits it."""

    def __init__(self, message: str, *, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


class EnrolmentRefused(ActionRefused):
    pass


class QuizRefused(ActionRefused):
    pass
