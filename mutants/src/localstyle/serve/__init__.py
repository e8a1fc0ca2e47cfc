"""The local web workspace: HTTP app, job queue and the static page."""
