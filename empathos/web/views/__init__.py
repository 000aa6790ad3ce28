"""The app's routes, one module per part of the app, each with an APIRouter `router`."""
