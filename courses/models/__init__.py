from .catalog import *  # noqa: F401,F403
from .certificates import *  # noqa: F401,F403
from .lessons import *  # noqa: F401,F403
from .progress import *  # noqa: F401,F403
from .quizzes import *  # noqa: F401,F403
from .translations import *  # noqa: F401,F403
