"""Gradiente in a JupyterHub class (deploy/jupyterhub/): each learner's Jupyter server proxies their
own Gradiente (``server_proxy``), the spawner gives each learner their PostgreSQL login
(``spawn``), and a JupyterHub service grades attempts and shows the teacher the class (``service``)."""
