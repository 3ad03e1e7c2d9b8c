# Weefsel: `make run` sets up and opens the sample neighbourhood; `make test` sets up and runs every test.
SHELL := /bin/bash
SWIFT ?= swift
DB ?= weefsel.sqlite
WEEFSEL := .build/debug/weefsel
WEEFSEL_RELEASE := .build/release/weefsel

.PHONY: run test bootstrap build release bench sample clean-db visualisations screens schemathesis

bootstrap:
	@scripts/bootstrap.sh

build: bootstrap
	$(SWIFT) build --product weefsel

release: bootstrap
	$(SWIFT) build -c release --product weefsel

# Loads the sample neighbourhood into ./$(DB) and shows what Weefsel tells about it.
run: build
	@scripts/tour.sh $(WEEFSEL) $(DB)

# Unit and service tests, the command line end to end, the attacks of SECURITY.md against a real
# service, then the web pages in a real browser.
test:
	@scripts/bootstrap.sh --browser
	$(SWIFT) test
	$(SWIFT) build --product weefsel
	Tests/cli/run.sh $(WEEFSEL)
	Tests/security/run.sh $(WEEFSEL)
	Tests/browser/run.sh $(WEEFSEL)

# Every benchmark section, or only those named, e.g. `make bench SECTIONS=pages`.
bench:
	@scripts/bootstrap.sh --bench --browser
	$(SWIFT) build -c release --product weefsel
	$(SWIFT) build -c release --product WeefselBench
	stdbuf -oL .build/release/WeefselBench $(SECTIONS)

# Regenerates Data/ from the generator with the sample's fixed seed.
sample: build
	$(WEEFSEL) generate --persons 400 --seed 2026 --associations 10 --professionals 6 --wijk "De Meent" --id-prefix "" --out Data

clean-db:
	rm -f $(DB) $(DB)-wal $(DB)-shm $(DB).lock $(DB).key $(DB).audit-anchors

# Draws every kind of map from the sample neighbourhood into Visualisations/ (SVG and PNG).
visualisations: build
	scripts/visualisations.sh $(WEEFSEL)

# Screenshots of every web page, with the sample neighbourhood, into Visualisations/screens/.
screens: build
	@scripts/bootstrap.sh --browser
	Tests/browser/run.sh $(WEEFSEL) --screens Visualisations/screens

# Fuzzes the service's API from /openapi.json, signed in as workers of two teams.
schemathesis: build
	@python3 -c "import schemathesis" 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check schemathesis
	scripts/schemathesis.sh $(WEEFSEL)
