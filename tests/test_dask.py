"""The Dask engine gives the same outputs as the local one (a LocalCluster stands in
for a real cluster: the scheduler address is all that changes)."""

from __future__ import annotations

import shutil

import distributed  # the dask extra: `make test` installs it
from conftest import ROOT
from test_run import outputs
from test_sites import write_site

from pipeline.run import run


def test_dask_engine_matches_local(tmp_path):
    scrape = tmp_path / "scrape"
    scrape.mkdir()
    for seed in sorted((ROOT / "raw").glob("*.txt")):
        shutil.copy(seed, scrape / seed.name)
    write_site(scrape / "maytrang", range(6), with_chrome=True)  # a site whose furniture is learned
    local = run([scrape], tmp_path / "local", jobs=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = run([scrape], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
    assert local.ok == remote.ok == 8
    assert outputs(tmp_path / "local") == outputs(tmp_path / "dask")
