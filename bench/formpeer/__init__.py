"""The benchmark's peer: Wagtail's own form page, whose submissions keep their answers as JSON, installed only by
the benchmark's settings (bench/bench_settings.py) so that its export can be timed beside ours."""
