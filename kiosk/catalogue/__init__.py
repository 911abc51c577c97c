"""The service catalogue (事项目录): validated models, sync into the store, search.

* :mod:`kiosk.catalogue.models`: pydantic models of the platform's catalogue and ITEM, strict
  validation with one-line reasons (:class:`~kiosk.catalogue.models.CatalogueInvalid`);
* :mod:`kiosk.catalogue.sync`: :class:`~kiosk.catalogue.sync.CatalogueSync`, the worker that
  keeps the last good copy in the cache store and replaces it only with a valid newer one;
* :mod:`kiosk.catalogue.search`: :class:`~kiosk.catalogue.search.SearchIndex`, built once per
  version, answering a keystroke in well under 5 ms.

Nothing is imported here, so ``import kiosk.catalogue.models`` stays light (pypinyin's
dictionaries load only when an index is built, on the sync worker).
"""
