import QtQuick
import QtQuick.Layouts
import Kiosk

// How the identity check ended: verified (masked name and number), not matched (retry once,
// then staff), not available (staff-assisted path) or "staff are on their way".
Item {
    id: screen
    objectName: "identityResultScreen"
    readonly property string step: Identity.step
    readonly property bool good: step === "verified"
    readonly property bool ended: step === "verified" || step === "staff"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        IdentityHeader {
            Layout.fillWidth: true
            title: qsTr("Identity check")
        }

        Item { Layout.fillHeight: true }

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(parent.width, Theme.elder ? 1500 : 1200)
            Layout.preferredHeight: result.implicitHeight + 2 * Theme.margin
            radius: Theme.radius * 2
            color: Theme.surface
            border.width: 4
            border.color: screen.good ? Theme.ok : (screen.step === "staff" ? Theme.primary : Theme.danger)

            ColumnLayout {
                id: result
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.gap
                Text {
                    objectName: "resultTitle"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: screen.step === "verified" ? qsTr("Identity verified")
                          : screen.step === "not_matched" ? qsTr("Your face does not match the ID card")
                          : screen.step === "unavailable" ? qsTr("The identity check is not available right now")
                          : screen.step === "staff" ? qsTr("Staff are on their way")
                          : ""
                    font.pixelSize: Theme.headlinePx * (Theme.elder ? 0.8 : 0.7)
                    font.bold: true
                    color: screen.good ? Theme.ok : (screen.step === "staff" ? Theme.primary : Theme.danger)
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "resultName"
                    visible: screen.good && Identity.maskedName !== ""
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Name: %1").arg(Identity.maskedName)
                    font.pixelSize: Theme.titlePx
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "resultIdNumber"
                    visible: screen.good && Identity.maskedId !== ""
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("ID number: %1").arg(Identity.maskedId)
                    font.pixelSize: Theme.titlePx
                    color: Theme.text
                    wrapMode: Text.WrapAnywhere
                }
                Text {
                    objectName: "resultAdvice"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: screen.step === "not_matched"
                          ? (Identity.actions.indexOf("try_again") >= 0
                             ? qsTr("Please face the camera in good light and try once more, or ask staff to check your ID card.")
                             : qsTr("Please ask a member of staff to check your ID card in person."))
                          : screen.step === "unavailable"
                          ? qsTr("The identity service cannot be reached. A member of staff can check your ID card in person.")
                          : screen.step === "staff"
                          ? qsTr("Please wait here. A member of staff will check your identity in person.")
                          : ""
                    visible: text !== ""
                    font.pixelSize: Theme.bodyPx
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }

        Item { Layout.fillHeight: true }

        // The reminder and the way on share the bottom row (elder mode has no height to spare).
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            TakeCardReminder {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
            }
            Item { Layout.fillWidth: true; visible: !Identity.takeCardReminder }
            KButton {
                objectName: "resultContinueButton"
                visible: screen.ended
                Layout.preferredWidth: Theme.elder ? 520 : 420
                text: screen.good && Identity.hasNext ? qsTr("Continue") : qsTr("Done")
                onClicked: Identity.continueOn()
            }
        }
        IdentityActions {
            objectName: "identityActions"
            visible: !screen.ended
            Layout.fillWidth: true
        }
    }
}
