EXTRA_DIST += extras/glusterd.vol extras/glusterd.service
