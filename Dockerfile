FROM python:3.11-slim
WORKDIR /app
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
COPY pyproject.toml README.md alembic.ini ./
COPY bot ./bot
COPY content ./content
COPY migrations ./migrations
RUN pip install -e .
RUN useradd --create-home letin && mkdir -p /app/data && chown letin /app/data
USER letin
CMD ["python", "-m", "bot", "run"]
