#pragma once

#include <QProgressBar>

class UpdateThrottle;

// The status bar's "2,000 of 10,000" while the list loads. Pages of a large list arrive every few
// milliseconds; the bar is redrawn a few times a second, and always with the latest figures.
class LoadProgressBar : public QProgressBar
{
    Q_OBJECT
public:
    explicit LoadProgressBar(QWidget* parent = nullptr);

    // `total` 0 or less: not known yet.
    void setProgress(int done, int total);

private:
    void showFigures(int done, int total);

    static constexpr int kIntervalMs = 250;

    int m_done = 0;
    int m_total = 0;
    UpdateThrottle* m_throttle;
};
