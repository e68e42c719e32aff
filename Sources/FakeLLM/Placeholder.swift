// FakeLLM: scripted model servers (see the fake-llm branch).
