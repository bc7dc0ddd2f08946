cd %~dp0
python -u -m autothreadharness.runner %*
