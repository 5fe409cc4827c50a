"""The office's signing key, signed papers (PDF, bundle, archive) and checking a received file."""
