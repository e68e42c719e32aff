x = 'bad ÿ byte'
