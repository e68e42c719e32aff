print("backend-review")
