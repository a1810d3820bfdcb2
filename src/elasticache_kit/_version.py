"""The one version number of elasticache_kit.

A module of its own, so that setuptools reads it statically and the checks
(CDK plugin, SARIF output) name their version without importing the package
root.
"""

__version__ = "0.1.0"
