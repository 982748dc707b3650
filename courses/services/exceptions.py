"""What services raise when a learner asks for something they may not do; the message is shown to them."""


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
