"""An extractor for worker-process tests: importable by the workers (a test module's locals are not).

Bodies steer it: ``BOOM`` raises (kg.isolate reports that article), ``DIE-ONCE:<path>`` kills the
process the first time (it leaves ``path`` behind), ``DIE-ALWAYS`` kills it every time,
``SLOW:<folder>`` writes the worker's pid into ``folder`` and sleeps two minutes.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from kg.records import Extraction, Mention


def extract(articles, *, config=None):
    for article in articles:
        once = re.search(r"DIE-ONCE:(\S+)", article.body)
        if once and not Path(once.group(1)).exists():
            Path(once.group(1)).write_text(str(os.getpid()))
            os._exit(1)
        slow = re.search(r"SLOW:(\S+)", article.body)
        if slow:  # say who is working on it, then take long
            (Path(slow.group(1)) / str(os.getpid())).write_text("")
            time.sleep(120)
        if "DIE-ALWAYS" in article.body:
            os._exit(1)
        if "BOOM" in article.body:
            raise ValueError("the parser gave up")
        start = article.body.index("Lavrov")
        yield Extraction(article, mentions=(Mention("Lavrov", start, start + 6, "Sergei Lavrov", "Person"),))
