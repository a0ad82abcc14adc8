# The GraphQL server (npm start: tsx src/main.ts). Built by docker-compose.yml.

# Stage 1: production dependencies. better-sqlite3 compiles from source when no prebuilt binary fits.
FROM node:20-bookworm-slim AS dependencies
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# Stage 2: the runtime, without compilers or dev dependencies.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=dependencies /app/node_modules ./node_modules
COPY . .
USER node
EXPOSE 4000
CMD ["node_modules/.bin/tsx", "src/main.ts"]
