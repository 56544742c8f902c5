# %% [markdown]
# # Reading vnnews outputs in pandas
#
# A notebook-style walk-through (cells marked `# %%`; Jupyter, VS Code and `jupytext`
# open it as a notebook, and `python docs/walkthrough.py [FOLDER]` runs it whole). It
# reads an output folder of `vnnews run`, finds people by title, and plots the figures
# the articles give by the year they speak of, into `docs/figures_by_year.png`.
#
# The README's picture was made from the two seed pages and the invented pages of the
# tests: `vnnews run raw tests/pages --out /tmp/walk`, then
# `python docs/walkthrough.py /tmp/walk`.

# %%
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no screen needed
import matplotlib.pyplot as plt  # noqa: E402

import pipeline  # noqa: E402

folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("extracted")
picture = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("figures_by_year.png")
tables = pipeline.read_outputs(folder)
print(sorted(tables))

# %% [markdown]
# Every table comes typed: offsets and counts are integers, `titles` is a list,
# `kind` a category.

# %%
people = tables["people"]
print(people.dtypes)

# %% [markdown]
# ## People by title
# `titles` holds every title an article gives a person; `explode` gives one row each.

# %%
titled = people.explode("titles")
deputies = titled[titled["titles"].str.contains("Phó Chủ tịch", na=False)]
print(deputies[["article_id", "name", "titles"]].to_string(index=False))

# %% [markdown]
# ## Figures by year
# An article's year is the latest year its dates name (its publication date when it has
# one); its figures are counted by kind in that year.

# %%
dates = tables["dates"].dropna(subset=["datetime"])
year_of = dates.groupby("article_id")["datetime"].max().dt.year
published = tables["articles"].set_index("article_id")["published"].dt.year
year_of = published.dropna().combine_first(year_of).astype(int)
figures = tables["figures"].assign(year=lambda f: f["article_id"].map(year_of)).dropna(subset=["year"])
by_year = figures.groupby(["year", "kind"], observed=True).size().unstack(fill_value=0)
print(by_year)

# %%
axes = by_year.plot(kind="bar", stacked=True, figsize=(7, 4), rot=0)
axes.set_xlabel("year the article speaks of")
axes.set_ylabel("figures")
axes.set_title("Figures found, by year and kind")
plt.tight_layout()
plt.savefig(picture, dpi=100)
print(f"saved {picture}")
