"""Serves Ralph's LRS app (ralph.api:app) with its file backend, as `ralph runserver -b fs` does,
but without its code reloader and with statements appended to the backend's file.

Run by Ralph's own Python (tests/browser/ralph.py). Why: Ralph 5.1.0's statements endpoint
writes with the file backend's default operation, CREATE, which refuses an existing file, so
every POST after the first one fails ("already exists and overwrite is not allowed"); and
runserver's reloader runs the app in another process, out of reach of a fix made here.
Arguments: HOST PORT DATA_FOLDER.
"""

import os
import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend

FSDataBackend.default_operation_type = BaseOperationType.APPEND
host, port, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.environ["RALPH_RUNSERVER_BACKEND"] = "fs"
os.environ["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = folder
uvicorn.run("ralph.api:app", host=host, port=port, log_level="warning")
