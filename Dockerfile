# Präventionslotse – the Telegram bot in a container.
#   docker build -t praeventionslotse .
#   docker run -d --name lotse -e TELEGRAM_BOT_TOKEN=... -e LOTSE_SECRET=... \
#     -e LOTSE_ADMINS=123456789 -v lotse-data:/data praeventionslotse
# The same image serves the web channel (behind a TLS proxy; see README, "Web"):
#   docker run -d --name lotse-web -p 127.0.0.1:8080:8080 -e LOTSE_SECRET=... \
#     -e LOTSE_WEB_ADMIN_CODE=... -v lotse-data:/data praeventionslotse web --host 0.0.0.0
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# The same install as the README: the repository with its catalogue.db and locales/ beside bot/.
WORKDIR /app
COPY . /app
# The foreign rules' screens are read once here, into a cache every start then reads (about ten
# seconds of CPU a start and a replaced core process would otherwise spend; bot/understanding/
# screen_cache.py): the image's code never changes, so neither does the cache.
ENV LOTSE_CACHE_DIR=/app/.cache
RUN pip install -e . \
    && python -c "from bot.understanding.foreign import warm; warm()" \
    && useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin lotse \
    && mkdir -p /data \
    && chown lotse:lotse /data

# Everything the bot writes (gap log, sessions, invites, heartbeat) lives on the volume.
ENV LOTSE_STATE=/data/state.db \
    LOTSE_CATALOGUE=/app/catalogue.db \
    LOTSE_LOCALES=/app/locales
VOLUME ["/data"]

USER lotse

# Webhook mode (python -m bot run --webhook https://… --listen 0.0.0.0 --port 8080) or the web
# channel (python -m bot web --host 0.0.0.0 --port 8080).
EXPOSE 8080

# The bot writes a heartbeat every 30 s; stale for 3 minutes means the event loop is stuck.
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot.telegram.health"]

ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]
