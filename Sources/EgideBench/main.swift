// The benchmark harness is being written (issue 5).
print("egide-bench: not written yet")
