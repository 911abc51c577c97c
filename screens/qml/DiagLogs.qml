import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// The kiosk's log (already scrubbed of personal data), newest first, read off the GUI thread.
Item {
    id: page
    objectName: "diagLogs"

    function levelName(level) {
        switch (level) {
        case "DEBUG": return qsTr("Debug")
        case "INFO": return qsTr("Info")
        case "WARNING": return qsTr("Warnings")
        case "ERROR": return qsTr("Errors")
        }
        return level
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            Repeater {
                model: ["DEBUG", "INFO", "WARNING", "ERROR"]
                KButton {
                    objectName: "diagLogLevel_" + modelData
                    outlined: Diagnostics.logLevel !== modelData
                    text: page.levelName(modelData)
                    implicitHeight: Math.max(Theme.minTouch, Theme.buttonHeight - 16)
                    onClicked: Diagnostics.loadLogs(modelData, field.text)
                }
            }
            TextField {
                id: field
                objectName: "diagLogFilter"
                Layout.fillWidth: true
                Layout.minimumWidth: 200
                Layout.preferredHeight: Math.max(Theme.minTouch, Theme.buttonHeight - 16)
                font.pixelSize: Theme.bodyPx
                color: Theme.text
                placeholderText: qsTr("Filter text")
                placeholderTextColor: Theme.textMuted
                inputMethodHints: Qt.ImhNoPredictiveText
                text: Diagnostics.logText
                onAccepted: Diagnostics.loadLogs(Diagnostics.logLevel, text)
                background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border; border.width: 2 }
            }
            KButton {
                objectName: "diagLogApply"
                text: qsTr("Filter")
                implicitHeight: Math.max(Theme.minTouch, Theme.buttonHeight - 16)
                onClicked: Diagnostics.loadLogs(Diagnostics.logLevel, field.text)
            }
        }
        Text {
            objectName: "diagLogCount"
            Layout.fillWidth: true
            text: Diagnostics.logsLoading ? qsTr("Reading the log…") : qsTr("%n line(s), newest first", "", Diagnostics.logs.length)
            font.pixelSize: Theme.labelPx
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        ListView {
            objectName: "diagLogList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: Diagnostics.logs
            boundsBehavior: Flickable.StopAtBounds
            delegate: Text {
                width: ListView.view.width
                text: modelData.ts.slice(0, 19).replace("T", " ") + "  " + modelData.level + "  "
                      + modelData.logger + "  " + modelData.msg
                font.pixelSize: Theme.labelPx
                color: modelData.level === "ERROR" || modelData.level === "CRITICAL" ? Theme.danger
                     : modelData.level === "WARNING" ? Theme.warn : Theme.text
                wrapMode: Text.Wrap
            }
        }
    }
}
