"""The generated JSON schema of Dyad's article document; `python -m dyad.schema` rewrites it."""
