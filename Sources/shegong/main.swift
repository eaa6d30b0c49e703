print("shegong")
