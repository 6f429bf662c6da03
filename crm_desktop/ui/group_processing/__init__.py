"""The group processing manager (manual: "Групповая обработка") and its channel tabs."""
