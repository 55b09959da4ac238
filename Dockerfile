# One image for every role: `python -m bot migrate`, `run [--webhook]` and `worker`.
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
COPY requirements.lock ./
# Exactly the versions in the lock file, each checked against its hash.
RUN pip install --require-hashes --no-deps -r requirements.lock
COPY pyproject.toml README.md alembic.ini ./
COPY bot ./bot
COPY content ./content
COPY migrations ./migrations
# Editable: the code reads content/ and migrations/ from /app at run time. Its dependencies
# are already installed from the lock file.
RUN pip install --no-deps -e .
RUN useradd --create-home --uid 10001 letin && mkdir -p /app/data && chown letin /app/data
USER letin
# The metrics server answers /healthz (200 when the database answers SELECT 1). slim has no
# curl, so Python asks. With METRICS_PORT=0 there is nothing to ask: turn the check off then.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('METRICS_PORT', '9090'), timeout=4)"]
EXPOSE 9090 8443 8080
CMD ["python", "-m", "bot", "run"]
