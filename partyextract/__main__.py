"""`python -m partyextract`: the same command line as `partyextract`."""

import sys

from .cli import main

sys.exit(main())
