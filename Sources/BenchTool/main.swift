print("backend-review-bench")
