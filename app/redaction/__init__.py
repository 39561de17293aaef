"""PII and PHI removal and least view: text, images, DICOM, crops. Imports only app.core."""
