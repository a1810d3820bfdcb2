"""The code of the password-rotation Lambda function (shipped as its asset:
this directory, standard library and boto3 only). See :mod:`.handler`."""
