"""Scheduled crawls: APScheduler jobs in the project's database, database leases, recovery after a crash.

``service.SchedulerService`` (start/stop, reconcile with config), ``leases.LeaseManager`` (one holder per named
lease across processes), ``runs`` (what one run does, failures contained), ``recovery`` (dead runs marked
failed), ``metrics`` (Prometheus text).
"""
