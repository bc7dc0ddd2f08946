# This file is intentionally left blank. It soon won't be.
