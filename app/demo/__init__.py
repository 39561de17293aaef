"""`cleanroom demo`: the reference server in this process on 127.0.0.1 over TLS, a demo
project of text, image and DICOM items put through the real redaction pipeline, this device
enrolled into a demo keyring in the demo folder, and the window logged in as
`demo.annotator`. Demo only: it may import the server, the workstation and the UI; builds
leave it out.
"""
