"""Package list for setuptools: township_app's subpackages plus ui/ and resources/ under it.

ui/ and resources/ sit at the top of the checkout (Designer and data files), and
install as township_app.ui / township_app.resources; find_packages keeps new
subpackages from needing a line here.
"""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["township_app", "township_app.*"])
    + ["township_app.ui", "township_app.resources"],
    package_dir={"township_app.ui": "ui", "township_app.resources": "resources"},
)
