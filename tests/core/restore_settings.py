"""Settings for the `manage.py restore` the backup tests run in a subprocess: the test settings, with
the database from DATABASE_URL and the media where the test says."""

import os
from pathlib import Path

from ern_learning.settings.test import *  # noqa: F403

MEDIA_ROOT = Path(os.environ["ERN_TEST_MEDIA_ROOT"])
