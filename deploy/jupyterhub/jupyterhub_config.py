# JupyterHub for a Gradiente class: one Gradiente per learner, progress in PostgreSQL, verdicts
# re-graded on the server, and the class's page for teachers. See README.md beside this file.
#
#     jupyterhub -f deploy/jupyterhub/jupyterhub_config.py
#
# Everything a class changes is read from the environment below, so this file stays as it is.
import os
import sys

from gradiente.course import classdb
from gradiente.jupyter.spawn import TEACHERS_GROUP, ClassSpawnHook

c = get_config()  # noqa: F821 - JupyterHub defines it when it loads this file


def names(variable: str) -> set[str]:
    return {name.strip() for name in os.environ.get(variable, "").split(",") if name.strip()}


# --- the class -----------------------------------------------------------------------------------
# The class database, as its owner (the hub makes each learner's login from it, and never gives it
# to a learner): postgresql://owner:password@host/class
OWNER_URL = os.environ["GRADIENTE_CLASS_OWNER_URL"]
LEARNERS = names("GRADIENTE_LEARNERS")  # who may log in, besides teachers and admins
TEACHERS = names("GRADIENTE_TEACHERS")  # see the class at /services/gradiente/
ADMINS = names("GRADIENTE_ADMINS")  # JupyterHub's admins (they see the class too)
LANG = os.environ.get("GRADIENTE_LANG", "es")  # the class's language; each learner can switch
GRADING_WORKERS = int(os.environ.get("GRADIENTE_GRADING_WORKERS", "2"))  # one per spare core

# --- where the hub listens -----------------------------------------------------------------------
c.JupyterHub.ip = os.environ.get("GRADIENTE_HUB_IP", "127.0.0.1")
c.JupyterHub.port = int(os.environ.get("GRADIENTE_HUB_PORT", "8000"))
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(os.environ.get("GRADIENTE_HUB_API_PORT", "8081"))
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ.get('GRADIENTE_PROXY_API_PORT', '8001')}"
# TLS: put the hub behind a web server that ends HTTPS, or set c.JupyterHub.ssl_key/ssl_cert.

# --- who logs in ---------------------------------------------------------------------------------
# pam: the machine's own accounts (LocalProcessSpawner runs each learner as their account).
# shared: every allowed user logs in with the one password GRADIENTE_SHARED_PASSWORD (at least 8
#   characters); for a trial on one machine only.
# A real class often uses an OAuthenticator (the university's login) or NativeAuthenticator.
if os.environ.get("GRADIENTE_AUTHENTICATOR", "pam") == "shared":
    c.JupyterHub.authenticator_class = "shared-password"
    c.SharedPasswordAuthenticator.user_password = os.environ["GRADIENTE_SHARED_PASSWORD"]
else:
    c.JupyterHub.authenticator_class = "pam"
c.Authenticator.allowed_users = LEARNERS | TEACHERS
c.Authenticator.admin_users = ADMINS
c.JupyterHub.load_groups = {TEACHERS_GROUP: {"users": sorted(TEACHERS)}}

# --- one server per learner ------------------------------------------------------------------------
# local: LocalProcessSpawner, each learner as their own system account (a class on one server).
# simple: SimpleLocalProcessSpawner, every learner as the hub's own account in /tmp/<name>; they can
#   read each other's files, so only for trying the setup on your own machine.
# A class of many machines uses DockerSpawner or KubeSpawner (Zero to JupyterHub on Kubernetes);
# The Littlest JupyterHub sets up this same LocalProcessSpawner way on one server for you.
#
# jupyter-server-proxy serves each learner's Gradiente; enabled here, not only by the file its package
# installs (a virtual environment made with --system-site-packages does not read that one).
c.Spawner.args = ["--ServerApp.jpserver_extensions=jupyter_server_proxy=True"]
if os.environ.get("GRADIENTE_SPAWNER", "local") == "simple":
    c.JupyterHub.spawner_class = "simple"
    c.SimpleLocalProcessSpawner.home_dir_template = os.environ.get("GRADIENTE_SIMPLE_HOMES", "/tmp/{username}")
    if os.geteuid() == 0:  # a hub run as root (a container, CI): the learners' servers are root too
        c.Spawner.args.append("--allow-root")
else:
    c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.singleuser"]  # the Python that has Gradiente
c.Spawner.default_url = "/gradiente/"  # learners land on their Gradiente; JupyterLab is at /lab
c.Spawner.environment = {"GRADIENTE_LANG": LANG}
c.Spawner.pre_spawn_hook = ClassSpawnHook(OWNER_URL)  # each learner's own PostgreSQL login
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 60

# --- the class service: grading on the server, and the teachers' page ------------------------------
classdb.migrate(OWNER_URL)
SERVICE_PORT = int(os.environ.get("GRADIENTE_SERVICE_PORT", "10101"))
c.JupyterHub.services = [
    {
        "name": "gradiente",
        "url": f"http://127.0.0.1:{SERVICE_PORT}",
        "command": [sys.executable, "-m", "gradiente", "class", "serve", "--workers", str(GRADING_WORKERS)],
        "environment": {
            classdb.URL_ENV: ClassSpawnHook(OWNER_URL).login("gradiente-service", ["grader", "teacher"]),
            "PATH": os.environ.get("PATH", ""),
        },
        "oauth_no_confirm": True,
        "display": True,
    }
]
c.JupyterHub.load_roles = [
    {
        "name": "gradiente-teachers",
        "description": "See the class at /services/gradiente/",
        "groups": [TEACHERS_GROUP],
        "scopes": ["access:services!service=gradiente"],
    }
]
