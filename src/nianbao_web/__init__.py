"""nianbao_web: the Django application over the nianbao core (thin: views call services)."""
