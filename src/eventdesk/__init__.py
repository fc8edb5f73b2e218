__version__ = "0.1.0"
# Stamped on every event row. It lives here, not with the coder, so a run's parent process can record it
# without importing the coder its workers run.
CODER_VERSION = f"{__version__}-rules"
