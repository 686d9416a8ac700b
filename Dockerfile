# Build a static binary (modernc.org/sqlite is pure Go, so no cgo), then
# run it as a non-root user with the database on a volume.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/crosscheck ./cmd/crosscheck
# The shipped config, with the database on the volume.
RUN sed 's#^database:.*#database: /data/crosscheck.db#' config.example.yaml > /out/config.yaml

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/crosscheck /usr/local/bin/crosscheck
COPY --from=build /out/config.yaml /etc/crosscheck/config.yaml
VOLUME ["/data"]
WORKDIR /data
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/crosscheck"]
CMD ["run", "--config", "/etc/crosscheck/config.yaml"]
