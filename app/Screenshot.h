#pragma once

class MainWindow;
class SessionController;

// For scripts/screenshots.sh: with FORGEDESK_SCREENSHOT=FILE.png the window is grabbed (QWidget::grab,
// so the offscreen platform works) once the first list is shown and a project is open, saved to FILE and
// the application quits. FORGEDESK_SCREENSHOT_THEME=light|dark picks Fusion with its standard or a dark
// palette, as a desktop's theme would.
namespace Screenshot {

// Call before any window exists: applies the style and palette.
void applyTheme();
// Arms the grab when FORGEDESK_SCREENSHOT is set.
void arm(MainWindow* window, SessionController* session);

} // namespace Screenshot
