"""Role-based access control: users, user groups, access strings and password
rotation.

The public names are exported, lazily, from :mod:`elasticache_kit` itself
(``elasticache_kit.IamUser``); the modules here are:

* :mod:`.users`: IAM, password and no-password users, and imports;
* :mod:`.user_group`: user groups and the rules on who may be in one;
* :mod:`.access_control`: the access-string parser and builder;
* :mod:`.rotation`: opt-in rotation of a password user's generated secret;
* :mod:`.rotation_function`: the rotation Lambda function's code (shipped as its
  asset: that directory, standard library and boto3 only).
"""
