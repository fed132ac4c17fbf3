"""The Qt layer: real models over the core, undo commands, panels that emit signals."""
