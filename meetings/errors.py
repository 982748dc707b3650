class RegistrationError(Exception):
    """A registration step refused for a reason the person can act on; `message` is already translated."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return str(self.message)
