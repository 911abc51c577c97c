<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ApplyField</name>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="27" />
        <source>Please confirm: %1</source>
        <translation>Please confirm: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="28" />
        <source>Please fill in: %1</source>
        <translation>Please fill in: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="31" />
        <source>%1: please enter an 11-digit mobile number starting with 1.</source>
        <translation>%1: please enter an 11-digit mobile number starting with 1.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="32" />
        <source>%1: the format is not correct.</source>
        <translation>%1: the format is not correct.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="33" />
        <source>%1: at most %2 characters.</source>
        <translation>%1: at most %2 characters.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="34" />
        <source>%1: please choose one of the options.</source>
        <translation>%1: please choose one of the options.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="35" />
        <source>%1: this is not a valid ID number.</source>
        <translation>%1: this is not a valid ID number.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="36" />
        <source>%1: this is not a valid date.</source>
        <translation>%1: this is not a valid date.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="38" />
        <source>%1: please check this value.</source>
        <translation>%1: please check this value.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="45" />
        <source>(from your ID card)</source>
        <translation>(from your ID card)</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="92" />
        <source>Tap to type</source>
        <translation>Tap to type</translation>
    </message>
</context>
<context>
    <name>ApplyFormScreen</name>
    <message>
        <location filename="../screens/qml/ApplyFormScreen.qml" line="34" />
        <source>Fill in the form</source>
        <translation>Fill in the form</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyFormScreen.qml" line="70" />
        <source>For all services</source>
        <translation>For all services</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyFormScreen.qml" line="71" />
        <source>For %1</source>
        <translation>For %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyFormScreen.qml" line="136" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyFormScreen.qml" line="153" />
        <source>Please correct the fields marked in red.</source>
        <translation>Please correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyFormScreen.qml" line="163" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ApplyHeader</name>
    <message>
        <location filename="../screens/qml/ApplyHeader.qml" line="14" />
        <source>Combined service: %1</source>
        <translation>Combined service: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyHeader.qml" line="25" />
        <source>Step %1 of 5: %2</source>
        <translation>Step %1 of 5: %2</translation>
    </message>
</context>
<context>
    <name>ApplyMaterialsScreen</name>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="17" />
        <source>Preparing the scan…</source>
        <translation>Preparing the scan…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="19" />
        <source>E-certificate used: %1</source>
        <translation>E-certificate used: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="20" />
        <source>Scanned: %n page(s)</source>
        <translation>
            <numerusform>Scanned: %n page(s)</numerusform>
            <numerusform>Scanned: %n page(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="21" />
        <source>You commit to supply it later</source>
        <translation>You commit to supply it later</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="23" />
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="23" />
        <source>Optional: not provided</source>
        <translation>Optional: not provided</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="34" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="43" />
        <source>Looking up your e-certificates…</source>
        <translation>Looking up your e-certificates…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="53" />
        <source>Your e-certificates cannot be looked up right now. Please scan the materials instead.</source>
        <translation>Your e-certificates cannot be looked up right now. Please scan the materials instead.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="95" />
        <source>(required)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="95" />
        <source>(if applicable)</source>
        <translation>(if applicable)</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="126" />
        <source>Use e-certificate</source>
        <translation>Use e-certificate</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="132" />
        <source>Scan again</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="132" />
        <source>Scan with the camera</source>
        <translation>Scan with the camera</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="140" />
        <source>Supply it later</source>
        <translation>Supply it later</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="161" />
        <source>I commit to supply "%1" within the promised time. If I do not, or if this commitment is untrue, the application may be refused and I bear the consequences. My signature at the end covers this commitment.</source>
        <translation>I commit to supply "%1" within the promised time. If I do not, or if this commitment is untrue, the application may be refused and I bear the consequences. My signature at the end covers this commitment.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="168" />
        <source>I commit</source>
        <translation>I commit</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="191" />
        <source>The scan could not be prepared. Please scan the page again.</source>
        <translation>The scan could not be prepared. Please scan the page again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="192" />
        <source>Please supply the materials marked as needed.</source>
        <translation>Please supply the materials marked as needed.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="202" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ApplyReceiptScreen</name>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="19" />
        <source>This kiosk's storage is full, so your application could not be saved. Nothing you entered is lost: please try again, or ask staff for help.</source>
        <translation>This kiosk's storage is full, so your application could not be saved. Nothing you entered is lost: please try again, or ask staff for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="20" />
        <source>This kiosk could not save your application. Nothing you entered is lost: please try again, or ask staff for help.</source>
        <translation>This kiosk could not save your application. Nothing you entered is lost: please try again, or ask staff for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="21" />
        <source>This kiosk is still starting up. Please try again in a moment.</source>
        <translation>This kiosk is still starting up. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="23" />
        <source>Your application could not be saved. Please try again, or ask staff for help.</source>
        <translation>Your application could not be saved. Please try again, or ask staff for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="27" />
        <source>Printing your receipt…</source>
        <translation>Printing your receipt…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="29" />
        <source>Please take your ID card and your receipt.</source>
        <translation>Please take your ID card and your receipt.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="31" />
        <source>No paper receipt could be printed: the printer is out of paper. Please note or photograph your application number. Please take your ID card.</source>
        <translation>No paper receipt could be printed: the printer is out of paper. Please note or photograph your application number. Please take your ID card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="32" />
        <source>No paper receipt could be printed. Please note or photograph your application number. Please take your ID card.</source>
        <translation>No paper receipt could be printed. Please note or photograph your application number. Please take your ID card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="36" />
        <source>Pickup cabinet</source>
        <translation>Pickup cabinet</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="37" />
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="38" />
        <source>Electronic certificate</source>
        <translation>Electronic certificate</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="39" />
        <source>Collect at a service window</source>
        <translation>Collect at a service window</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="55" />
        <source>Submitting your application…</source>
        <translation>Submitting your application…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="56" />
        <source>Submitted. Getting your application number…</source>
        <translation>Submitted. Getting your application number…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="73" />
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="93" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="100" />
        <source>Back to signing</source>
        <translation>Back to signing</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="116" />
        <source>Application submitted</source>
        <translation>Application submitted</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="116" />
        <source>Not accepted by the platform</source>
        <translation>Not accepted by the platform</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="144" />
        <source>The platform did not accept the application marked below. Nothing you entered is lost: please take this receipt to the staff at the counter; they will help you.</source>
        <translation>The platform did not accept the application marked below. Nothing you entered is lost: please take this receipt to the staff at the counter; they will help you.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="154" />
        <source>Submitted on this kiosk; it will be sent automatically when the network returns. Query progress with your ID card.</source>
        <translation>Submitted on this kiosk; it will be sent automatically when the network returns. Query progress with your ID card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="189" />
        <source>Not accepted: please see staff</source>
        <translation>Not accepted: please see staff</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="197" />
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="197" />
        <source>Kiosk reference number</source>
        <translation>Kiosk reference number</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="215" />
        <source>Promised by %1</source>
        <translation>Promised by %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="244" />
        <source>Scan to check progress</source>
        <translation>Scan to check progress</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="267" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>ApplyReviewScreen</name>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="14" />
        <source>Pickup cabinet</source>
        <translation>Pickup cabinet</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="15" />
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="16" />
        <source>Electronic certificate</source>
        <translation>Electronic certificate</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="17" />
        <source>Collect at a service window</source>
        <translation>Collect at a service window</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="23" />
        <source>E-certificate</source>
        <translation>E-certificate</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="24" />
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="25" />
        <source>Supplied later (commitment)</source>
        <translation>Supplied later (commitment)</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="27" />
        <source>Not provided</source>
        <translation>Not provided</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="38" />
        <source>Check and choose delivery</source>
        <translation>Check and choose delivery</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="58" />
        <source>How you receive the result</source>
        <translation>How you receive the result</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="102" />
        <source>Postal address *</source>
        <translation>Postal address *</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="131" />
        <source>Please enter the address the result should be posted to.</source>
        <translation>Please enter the address the result should be posted to.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="142" />
        <source>Your details</source>
        <translation>Your details</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="163" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="188" />
        <source>Next you sign on the screen to submit.</source>
        <translation>Next you sign on the screen to submit.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="196" />
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>ApplyScanScreen</name>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="13" />
        <source>No page was found. Lay the page flat and fully in view, then try again.</source>
        <translation>No page was found. Lay the page flat and fully in view, then try again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="14" />
        <source>The camera is not working. Please go back and choose another way, or ask staff for help.</source>
        <translation>The camera is not working. Please go back and choose another way, or ask staff for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="15" />
        <source>The picture could not be used. Please try again.</source>
        <translation>The picture could not be used. Please try again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="53" />
        <source>Scan a material</source>
        <translation>Scan a material</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="66" />
        <source>Lay the page flat under the camera, then tap "Take picture". Take one picture per page.</source>
        <translation>Lay the page flat under the camera, then tap "Take picture". Take one picture per page.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/ApplyScanScreen.qml" line="74" />
        <source>%n page(s) taken</source>
        <translation>
            <numerusform>%n page(s) taken</numerusform>
            <numerusform>%n page(s) taken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="86" />
        <source>Reading the page…</source>
        <translation>Reading the page…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="107" />
        <source>Take picture</source>
        <translation>Take picture</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="116" />
        <source>Remove last page</source>
        <translation>Remove last page</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="124" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ApplySignScreen</name>
    <message>
        <location filename="../screens/qml/ApplySignScreen.qml" line="19" />
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplySignScreen.qml" line="23" />
        <source>Please sign your name in the box with your finger. Your signature confirms that the information is true and covers any commitment you made.</source>
        <translation>Please sign your name in the box with your finger. Your signature confirms that the information is true and covers any commitment you made.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplySignScreen.qml" line="40" />
        <source>The signature is too short. Please sign your full name.</source>
        <translation>The signature is too short. Please sign your full name.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplySignScreen.qml" line="42" />
        <source>The signature could not be saved. Please sign again.</source>
        <translation>The signature could not be saved. Please sign again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplySignScreen.qml" line="56" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplySignScreen.qml" line="64" />
        <source>Sign and submit</source>
        <translation>Sign and submit</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="32" />
        <source>Hello! Welcome.</source>
        <translation>Hello! Welcome.</translation>
    </message>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="41" />
        <source>24-hour government self-service</source>
        <translation>24-hour government self-service</translation>
    </message>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="76" />
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
</context>
<context>
    <name>BundleScreen</name>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="24" />
        <source>Some of these services are not offered at this kiosk. Please apply at a service window.</source>
        <translation>Some of these services are not offered at this kiosk. Please apply at a service window.</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="25" />
        <source>Some of these services cannot be completed at a self-service kiosk. Please apply at a service window.</source>
        <translation>Some of these services cannot be completed at a self-service kiosk. Please apply at a service window.</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="26" />
        <source>Applying at this kiosk is not available yet.</source>
        <translation>Applying at this kiosk is not available yet.</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="35" />
        <source>This combined service is not offered at this kiosk. Please go back and choose another one.</source>
        <translation>This combined service is not offered at this kiosk. Please go back and choose another one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/BundleScreen.qml" line="60" />
        <source>These %n service(s) are handled together in one application. Tap one to read its guide.</source>
        <translation>
            <numerusform>These %n service(s) are handled together in one application. Tap one to read its guide.</numerusform>
            <numerusform>These %n service(s) are handled together in one application. Tap one to read its guide.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="121" />
        <source>main service</source>
        <translation>main service</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="140" />
        <source>Self-service</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="140" />
        <source>Guide only</source>
        <translation>Guide only</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="172" />
        <source>Apply for all of these</source>
        <translation>Apply for all of these</translation>
    </message>
</context>
<context>
    <name>BundlesScreen</name>
    <message>
        <location filename="../screens/qml/BundlesScreen.qml" line="20" />
        <source>Life events: several services at once</source>
        <translation>Life events: several services at once</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundlesScreen.qml" line="29" />
        <source>For one event in your life, the services it needs are handled together: one visit, one set of materials.</source>
        <translation>For one event in your life, the services it needs are handled together: one visit, one set of materials.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/BundlesScreen.qml" line="84" />
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service(s)</numerusform>
            <numerusform>%n service(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/BundlesScreen.qml" line="85" />
        <source>%n service(s), some at a service window</source>
        <translation>
            <numerusform>%n service(s), some at a service window</numerusform>
            <numerusform>%n service(s), some at a service window</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/BundlesScreen.qml" line="99" />
        <source>No combined services are offered at this kiosk. Please choose a service by theme.</source>
        <translation>No combined services are offered at this kiosk. Please choose a service by theme.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="21" />
        <source>Good, hold still</source>
        <translation>Good, hold still</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="22" />
        <source>Please face the camera</source>
        <translation>Please face the camera</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="23" />
        <source>Only one person in front of the camera, please</source>
        <translation>Only one person in front of the camera, please</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="24" />
        <source>Please move closer</source>
        <translation>Please move closer</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="25" />
        <source>Please move back a little</source>
        <translation>Please move back a little</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="26" />
        <source>Please keep your face in the middle of the picture</source>
        <translation>Please keep your face in the middle of the picture</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="27" />
        <source>Too dark: please face the light</source>
        <translation>Too dark: please face the light</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="28" />
        <source>Too bright: please avoid strong light</source>
        <translation>Too bright: please avoid strong light</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="29" />
        <source>Please hold still</source>
        <translation>Please hold still</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="30" />
        <source>Please blink</source>
        <translation>Please blink</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="31" />
        <source>Please turn your head to your left</source>
        <translation>Please turn your head to your left</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="32" />
        <source>Please turn your head to your right</source>
        <translation>Please turn your head to your right</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="79" />
        <source>Camera not available</source>
        <translation>Camera not available</translation>
    </message>
</context>
<context>
    <name>CatalogueEmpty</name>
    <message>
        <location filename="../screens/qml/CatalogueEmpty.qml" line="18" />
        <source>The service catalogue has not been downloaded yet</source>
        <translation>The service catalogue has not been downloaded yet</translation>
    </message>
    <message>
        <location filename="../screens/qml/CatalogueEmpty.qml" line="26" />
        <source>This kiosk has not received the list of services from the government service platform, so no service can be started here yet. Please try again later or go to a service window.</source>
        <translation>This kiosk has not received the list of services from the government service platform, so no service can be started here yet. Please try again later or go to a service window.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../screens/qml/CategoryScreen.qml" line="35" />
        <source>Services: %1</source>
        <translation>Services: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/CategoryScreen.qml" line="60" />
        <source>No services of this kind are offered at this kiosk. Please ask at a service window.</source>
        <translation>No services of this kind are offered at this kiosk. Please ask at a service window.</translation>
    </message>
    <message>
        <location filename="../screens/qml/CategoryScreen.qml" line="69" />
        <source>Loading the list of services…</source>
        <translation>Loading the list of services…</translation>
    </message>
</context>
<context>
    <name>DateSpinner</name>
    <message>
        <location filename="../screens/qml/DateSpinner.qml" line="53" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../screens/qml/DateSpinner.qml" line="54" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../screens/qml/DateSpinner.qml" line="55" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../screens/qml/DateSpinner.qml" line="101" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>DiagConfig</name>
    <message>
        <location filename="../screens/qml/DiagConfig.qml" line="13" />
        <source>Running configuration (secrets hidden). Change it in the site file, then restart the kiosk service.</source>
        <translation>Running configuration (secrets hidden). Change it in the site file, then restart the kiosk service.</translation>
    </message>
</context>
<context>
    <name>DiagDashboard</name>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="12" />
        <source>What to do: check the cable and the power, switch the device off and on, then run its self-test.</source>
        <translation>What to do: check the cable and the power, switch the device off and on, then run its self-test.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="13" />
        <source>What to do: local staff can fix this (load paper, close the cover, remove the jam or the obstacle).</source>
        <translation>What to do: local staff can fix this (load paper, close the cover, remove the jam or the obstacle).</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="14" />
        <source>What to do: needs a technician. Check the device; replace it if it stays faulty.</source>
        <translation>What to do: needs a technician. Check the device; replace it if it stays faulty.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="15" />
        <source>What to do: the device is recovering by itself. Wait a minute, then refresh.</source>
        <translation>What to do: the device is recovering by itself. Wait a minute, then refresh.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="21" />
        <source>pages printed</source>
        <translation>pages printed</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="22" />
        <source>jobs printed</source>
        <translation>jobs printed</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="23" />
        <source>jobs refused</source>
        <translation>jobs refused</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="24" />
        <source>jobs failed</source>
        <translation>jobs failed</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="25" />
        <source>bytes sent</source>
        <translation>bytes sent</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="26" />
        <source>status replies</source>
        <translation>status replies</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="27" />
        <source>pages since paper refill</source>
        <translation>pages since paper refill</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="28" />
        <source>cards read</source>
        <translation>cards read</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="29" />
        <source>card checks</source>
        <translation>card checks</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="30" />
        <source>doors opened</source>
        <translation>doors opened</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="31" />
        <source>replies received</source>
        <translation>replies received</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="32" />
        <source>bad frames</source>
        <translation>bad frames</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="38" />
        <source>Writing the diagnostics bundle…</source>
        <translation>Writing the diagnostics bundle…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="39" />
        <source>Bundle written: %1</source>
        <translation>Bundle written: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="40" />
        <source>The bundle could not be written: %1</source>
        <translation>The bundle could not be written: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="42" />
        <source>The bundle holds scrubbed logs, the masked configuration, device states, the upload queue summary, the audit log and versions. No personal data.</source>
        <translation>The bundle holds scrubbed logs, the masked configuration, device states, the upload queue summary, the audit log and versions. No personal data.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="55" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="62" />
        <source>Export bundle to USB</source>
        <translation>Export bundle to USB</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="115" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="124" />
        <source>Last error: %1 %2</source>
        <translation>Last error: %1 %2</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="142" />
        <source>Counters: %1</source>
        <translation>Counters: %1</translation>
    </message>
</context>
<context>
    <name>DiagLogs</name>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="13" />
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="14" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="15" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="16" />
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="46" />
        <source>Filter text</source>
        <translation>Filter text</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="55" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="63" />
        <source>Reading the log…</source>
        <translation>Reading the log…</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/DiagLogs.qml" line="63" />
        <source>%n line(s), newest first</source>
        <translation>
            <numerusform>%n line(s), newest first</numerusform>
            <numerusform>%n line(s), newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagOutbox</name>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="13" />
        <source>none waiting</source>
        <translation>none waiting</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="14" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="15" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="16" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="19" />
        <source>%1 dead letter(s) put back in the queue; sending now.</source>
        <translation>%1 dead letter(s) put back in the queue; sending now.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="20" />
        <source>Queue exported (no personal data): %1</source>
        <translation>Queue exported (no personal data): %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="21" />
        <source>The upload queue is not open.</source>
        <translation>The upload queue is not open.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="22" />
        <source>The queue could not be exported.</source>
        <translation>The queue could not be exported.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="34" />
        <source>Waiting to send: %1 · in flight: %2 · sent: %3 · dead letters: %4 · oldest waiting: %5</source>
        <translation>Waiting to send: %1 · in flight: %2 · sent: %3 · dead letters: %4 · oldest waiting: %5</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="37" />
        <source>The upload queue is not open (the platform link may still be starting).</source>
        <translation>The upload queue is not open (the platform link may still be starting).</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="48" />
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="55" />
        <source>Export queue</source>
        <translation>Export queue</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="61" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="76" />
        <source>No dead letters.</source>
        <translation>No dead letters.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="77" />
        <source>Dead letters (the platform refused them; fix the cause, then retry):</source>
        <translation>Dead letters (the platform refused them; fix the cause, then retry):</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/DiagOutbox.qml" line="94" />
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt(s)</numerusform>
            <numerusform>%n attempt(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagPinDialog</name>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="14" />
        <source>The PIN has at least 4 digits.</source>
        <translation>The PIN has at least 4 digits.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/DiagPinDialog.qml" line="15" />
        <source>Wrong PIN. %n attempt(s) left before entry is locked.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt(s) left before entry is locked.</numerusform>
            <numerusform>Wrong PIN. %n attempt(s) left before entry is locked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/DiagPinDialog.qml" line="16" />
        <source>This card is not a technician card. %n attempt(s) left before entry is locked.</source>
        <translation>
            <numerusform>This card is not a technician card. %n attempt(s) left before entry is locked.</numerusform>
            <numerusform>This card is not a technician card. %n attempt(s) left before entry is locked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="17" />
        <source>Too many failed attempts. Entry is locked for %1 min %2 s.</source>
        <translation>Too many failed attempts. Entry is locked for %1 min %2 s.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="19" />
        <source>The ID card reader is not available. Please use the PIN.</source>
        <translation>The ID card reader is not available. Please use the PIN.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="20" />
        <source>No card was found on the reader.</source>
        <translation>No card was found on the reader.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="21" />
        <source>Reading the card…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="22" />
        <source>No PIN is set for this kiosk. Please use a technician card.</source>
        <translation>No PIN is set for this kiosk. Please use a technician card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="23" />
        <source>The entry could not be checked. Please try again.</source>
        <translation>The entry could not be checked. Please try again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="25" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="25" />
        <source>Enter the technician or staff PIN, or place a technician card on the reader.</source>
        <translation>Enter the technician or staff PIN, or place a technician card on the reader.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="51" />
        <source>Technician access</source>
        <translation>Technician access</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="83" />
        <source>Use technician card</source>
        <translation>Use technician card</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="91" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="110" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="110" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DiagScreen</name>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="15" />
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="16" />
        <source>Self-tests</source>
        <translation>Self-tests</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="17" />
        <source>Upload queue</source>
        <translation>Upload queue</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="18" />
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="19" />
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="20" />
        <source>Staff tasks</source>
        <translation>Staff tasks</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="39" />
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="39" />
        <source>Technician diagnostics</source>
        <translation>Technician diagnostics</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="40" />
        <source>the public sees: being serviced</source>
        <translation>the public sees: being serviced</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="49" />
        <source>Exit and return to service</source>
        <translation>Exit and return to service</translation>
    </message>
</context>
<context>
    <name>DiagStaff</name>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="14" />
        <source>Paper: enough</source>
        <translation>Paper: enough</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="15" />
        <source>Paper: running low</source>
        <translation>Paper: running low</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="16" />
        <source>Paper: out</source>
        <translation>Paper: out</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="17" />
        <source>Paper: jammed</source>
        <translation>Paper: jammed</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="19" />
        <source>Paper: unknown</source>
        <translation>Paper: unknown</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="23" />
        <source>Checking the printer…</source>
        <translation>Checking the printer…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="24" />
        <source>Paper refill recorded; the page counter starts again at zero.</source>
        <translation>Paper refill recorded; the page counter starts again at zero.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="25" />
        <source>The printer still reports no paper. Check the roll and close the cover.</source>
        <translation>The printer still reports no paper. Check the roll and close the cover.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="26" />
        <source>The printer is not ready. Check the cover and the cable.</source>
        <translation>The printer is not ready. Check the cover and the cable.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="27" />
        <source>No printer is configured.</source>
        <translation>No printer is configured.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="28" />
        <source>The printer did not answer.</source>
        <translation>The printer did not answer.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="29" />
        <source>Opening the compartment…</source>
        <translation>Opening the compartment…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="30" />
        <source>Compartment %1 is open. Put the certificate in and close the door.</source>
        <translation>Compartment %1 is open. Put the certificate in and close the door.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="31" />
        <source>The certificate is in compartment %1. The platform is told.</source>
        <translation>The certificate is in compartment %1. The platform is told.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="32" />
        <source>The door was closed with nothing inside. Nothing was deposited.</source>
        <translation>The door was closed with nothing inside. Nothing was deposited.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="33" />
        <source>The compartment did not open (%1). Choose another one.</source>
        <translation>The compartment did not open (%1). Choose another one.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="34" />
        <source>The platform cannot be reached: the list of certificates to deposit is not available.</source>
        <translation>The platform cannot be reached: the list of certificates to deposit is not available.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="35" />
        <source>There is no pickup cabinet, or it is not ready.</source>
        <translation>There is no pickup cabinet, or it is not ready.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="65" />
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/DiagStaff.qml" line="75" />
        <source>%n page(s) since the last refill</source>
        <translation>
            <numerusform>%n page(s) since the last refill</numerusform>
            <numerusform>%n page(s) since the last refill</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="86" />
        <source>Paper refilled</source>
        <translation>Paper refilled</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="93" />
        <source>Paper refilled, print a test line</source>
        <translation>Paper refilled, print a test line</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="102" />
        <source>Put certificates into the pickup cabinet</source>
        <translation>Put certificates into the pickup cabinet</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="110" />
        <source>No certificate is waiting to be put in this kiosk's cabinet.</source>
        <translation>No certificate is waiting to be put in this kiosk's cabinet.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="111" />
        <source>1. Choose the certificate. 2. Choose a free compartment (or any). 3. Open it, put the certificate in, close the door.</source>
        <translation>1. Choose the certificate. 2. Choose a free compartment (or any). 3. Open it, put the certificate in, close the door.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="134" />
        <source>Any free</source>
        <translation>Any free</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="151" />
        <source>Open the compartment</source>
        <translation>Open the compartment</translation>
    </message>
</context>
<context>
    <name>DiagTests</name>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="12" />
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="13" />
        <source>Read an ID card</source>
        <translation>Read an ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="14" />
        <source>Camera and face detection</source>
        <translation>Camera and face detection</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="15" />
        <source>Open and check cabinet doors</source>
        <translation>Open and check cabinet doors</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="16" />
        <source>Network, platform and clock</source>
        <translation>Network, platform and clock</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="17" />
        <source>Disk space</source>
        <translation>Disk space</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="23" />
        <source>Waiting…</source>
        <translation>Waiting…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="24" />
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="25" />
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="26" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="28" />
        <source>Not run yet</source>
        <translation>Not run yet</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="33" />
        <source>Paper out: load a new roll, then use Staff tasks &gt; Paper refilled.</source>
        <translation>Paper out: load a new roll, then use Staff tasks &gt; Paper refilled.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="34" />
        <source>Paper ran out while printing: load a new roll.</source>
        <translation>Paper ran out while printing: load a new roll.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="35" />
        <source>The printer cover is open: close it.</source>
        <translation>The printer cover is open: close it.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="36" />
        <source>Paper jam: clear the paper path.</source>
        <translation>Paper jam: clear the paper path.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="37" />
        <source>The device is not connected: check the cable and the power.</source>
        <translation>The device is not connected: check the cable and the power.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="38" />
        <source>The device did not answer in time.</source>
        <translation>The device did not answer in time.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="39" />
        <source>This device is not configured or not running.</source>
        <translation>This device is not configured or not running.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="40" />
        <source>No card on the reader: place a card and run the test again.</source>
        <translation>No card on the reader: place a card and run the test again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="41" />
        <source>The card could not be read.</source>
        <translation>The card could not be read.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="42" />
        <source>No picture from the camera: check the cable.</source>
        <translation>No picture from the camera: check the cable.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="43" />
        <source>The camera delivers too few pictures per second.</source>
        <translation>The camera delivers too few pictures per second.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="44" />
        <source>The cabinet is not ready (boards not answering).</source>
        <translation>The cabinet is not ready (boards not answering).</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="45" />
        <source>No free compartment to test.</source>
        <translation>No free compartment to test.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="46" />
        <source>Some doors did not open or did not close.</source>
        <translation>Some doors did not open or did not close.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="47" />
        <source>The platform cannot be reached: check the network.</source>
        <translation>The platform cannot be reached: check the network.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="48" />
        <source>The network works but the platform link is not up.</source>
        <translation>The network works but the platform link is not up.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="49" />
        <source>The platform refused the request.</source>
        <translation>The platform refused the request.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="50" />
        <source>The platform did not send its time.</source>
        <translation>The platform did not send its time.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="51" />
        <source>The kiosk clock is off: check the time synchronisation (NTP).</source>
        <translation>The kiosk clock is off: check the time synchronisation (NTP).</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="52" />
        <source>Too little free disk space: export and remove old files.</source>
        <translation>Too little free disk space: export and remove old files.</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="54" />
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="68" />
        <source>Run all tests (not the doors)</source>
        <translation>Run all tests (not the doors)</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="134" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="161" />
        <source>%1 frames per second · face: %2</source>
        <translation>%1 frames per second · face: %2</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="162" />
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="162" />
        <source>not found</source>
        <translation>not found</translation>
    </message>
</context>
<context>
    <name>DigitPad</name>
    <message>
        <location filename="../screens/qml/DigitPad.qml" line="36" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../screens/qml/DigitPad.qml" line="54" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>FaceScreen</name>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="16" />
        <source>Please blink</source>
        <translation>Please blink</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="17" />
        <source>Please turn your head to your left</source>
        <translation>Please turn your head to your left</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="18" />
        <source>Please turn your head to your right</source>
        <translation>Please turn your head to your right</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="20" />
        <location filename="../screens/qml/FaceScreen.qml" line="80" />
        <source>Please look at the camera</source>
        <translation>Please look at the camera</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="30" />
        <source>Face check</source>
        <translation>Face check</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="78" />
        <source>Checking with the identity authority, please wait…</source>
        <translation>Checking with the identity authority, please wait…</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="90" />
        <source>This shows that a live person is in front of the camera.</source>
        <translation>This shows that a live person is in front of the camera.</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="99" />
        <source>Stand about an arm's length from the screen, remove hat and sunglasses, and keep your face inside the frame.</source>
        <translation>Stand about an arm's length from the screen, remove hat and sunglasses, and keep your face inside the frame.</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="108" />
        <source>Time left: %1 s</source>
        <translation>Time left: %1 s</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="18" />
        <source>on the spot</source>
        <translation>on the spot</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="18" />
        <source>%1 working days</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="22" />
        <source>Pickup cabinet</source>
        <translation>Pickup cabinet</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="23" />
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="24" />
        <source>Electronic certificate</source>
        <translation>Electronic certificate</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="25" />
        <source>Collect at a service window</source>
        <translation>Collect at a service window</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="31" />
        <source>No identity check needed</source>
        <translation>No identity check needed</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="32" />
        <source>Needs your ID card</source>
        <translation>Needs your ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="33" />
        <source>Needs your ID card and a face check</source>
        <translation>Needs your ID card and a face check</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="39" />
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="39" />
        <source>if applicable</source>
        <translation>if applicable</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="41" />
        <source>%1 copies</source>
        <translation>%1 copies</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="52" />
        <source>This service is not in this kiosk's catalogue. Please go back and choose another one.</source>
        <translation>This service is not in this kiosk's catalogue. Please go back and choose another one.</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="115" />
        <source>Self-service at this kiosk</source>
        <translation>Self-service at this kiosk</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="116" />
        <source>Guide only at this kiosk</source>
        <translation>Guide only at this kiosk</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="145" />
        <source>You can apply at this kiosk now: tap "Start application" and have your ID card ready.</source>
        <translation>You can apply at this kiosk now: tap "Start application" and have your ID card ready.</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="146" />
        <source>This service cannot be completed at a self-service kiosk. Please use one of the places under "Also available at".</source>
        <translation>This service cannot be completed at a self-service kiosk. Please use one of the places under "Also available at".</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="156" />
        <source>Who can apply</source>
        <translation>Who can apply</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="167" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="176" />
        <source>No materials needed.</source>
        <translation>No materials needed.</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="205" />
        <source>E-certificate accepted</source>
        <translation>E-certificate accepted</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="213" />
        <source>May be replaced by a signed commitment</source>
        <translation>May be replaced by a signed commitment</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="226" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="232" />
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="234" />
        <source>Promised: %1</source>
        <translation>Promised: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="235" />
        <source>Legal limit: %1</source>
        <translation>Legal limit: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="241" />
        <source>Visits to a service window</source>
        <translation>Visits to a service window</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="243" />
        <source>None: you do not need to go to a window.</source>
        <translation>None: you do not need to go to a window.</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="244" />
        <source>At most %1</source>
        <translation>At most %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="249" />
        <source>How you receive the result</source>
        <translation>How you receive the result</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="255" />
        <source>Also available at</source>
        <translation>Also available at</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="261" />
        <source>Part of the combined service</source>
        <translation>Part of the combined service</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="267" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="272" />
        <source>Service code: %1</source>
        <translation>Service code: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="311" />
        <source>Scan with your phone to read this guide</source>
        <translation>Scan with your phone to read this guide</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="327" />
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="328" />
        <source>Print this guide</source>
        <translation>Print this guide</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="337" />
        <source>The printer is out of paper. Please ask staff.</source>
        <translation>The printer is out of paper. Please ask staff.</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="338" />
        <source>The printer is not available right now.</source>
        <translation>The printer is not available right now.</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="340" />
        <source>Printed. Please take the guide from the printer.</source>
        <translation>Printed. Please take the guide from the printer.</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="342" />
        <source>The printer ran out of paper. Please ask staff.</source>
        <translation>The printer ran out of paper. Please ask staff.</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="343" />
        <source>The guide could not be printed. Please ask staff.</source>
        <translation>The guide could not be printed. Please ask staff.</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="361" />
        <source>Start application</source>
        <translation>Start application</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="374" />
        <source>Not available yet at this kiosk.</source>
        <translation>Not available yet at this kiosk.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="41" />
        <source>Staff have been notified</source>
        <translation>Staff have been notified</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="42" />
        <source>Calling staff…</source>
        <translation>Calling staff…</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="43" />
        <source>Need help?</source>
        <translation>Need help?</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="61" />
        <source>Sent to staff. Please stay at this kiosk: someone is coming to help you.</source>
        <translation>Sent to staff. Please stay at this kiosk: someone is coming to help you.</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="62" />
        <source>Sending to the staff on duty… Please stay at this kiosk.</source>
        <translation>Sending to the staff on duty… Please stay at this kiosk.</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="63" />
        <source>Saving your request…</source>
        <translation>Saving your request…</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="74" />
        <source>This kiosk cannot call staff right now. Please ask the staff in this hall, or call the government service hotline 12345.</source>
        <translation>This kiosk cannot call staff right now. Please ask the staff in this hall, or call the government service hotline 12345.</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="83" />
        <source>If nobody comes, please ask the staff in this hall or call 12345. Kiosk number: %1</source>
        <translation>If nobody comes, please ask the staff in this hall or call 12345. Kiosk number: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="91" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="43" />
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="75" />
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="82" />
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="113" />
        <source>Collect a certificate</source>
        <translation>Collect a certificate</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="116" />
        <source>Temporarily unavailable: %1</source>
        <translation>Temporarily unavailable: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="126" />
        <source>Queue number / check in</source>
        <translation>Queue number / check in</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="136" />
        <source>Life events: several services at once</source>
        <translation>Life events: several services at once</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="201" />
        <source>Popular services</source>
        <translation>Popular services</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="67" />
        <source>Search services: name, pinyin or initials (e.g. sbk)</source>
        <translation>Search services: name, pinyin or initials (e.g. sbk)</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="102" />
        <source>Track my applications</source>
        <translation>Track my applications</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="103" />
        <source>Card reader unavailable</source>
        <translation>Card reader unavailable</translation>
    </message>
</context>
<context>
    <name>IdCardScreen</name>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="20" />
        <source>Read your ID card</source>
        <translation>Read your ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="96" />
        <source>Please place your ID card on the reader below the screen</source>
        <translation>Please place your ID card on the reader below the screen</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="104" />
        <source>Photo side up, flat on the reader. Keep it there until it has been read.</source>
        <translation>Photo side up, flat on the reader. Keep it there until it has been read.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="112" />
        <source>Waiting for your card: %1 s</source>
        <translation>Waiting for your card: %1 s</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="132" />
        <source>Reading your ID card. Please keep it still…</source>
        <translation>Reading your ID card. Please keep it still…</translation>
    </message>
</context>
<context>
    <name>IdentityActions</name>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="22" />
        <source>I agree, read my ID card</source>
        <translation>I agree, read my ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="23" />
        <source>I agree to the face check</source>
        <translation>I agree to the face check</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="24" />
        <source>Place the card again</source>
        <translation>Place the card again</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="25" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="26" />
        <source>Use the app QR code</source>
        <translation>Use the app QR code</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="27" />
        <source>Use my ID card</source>
        <translation>Use my ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="28" />
        <source>Ask staff for help</source>
        <translation>Ask staff for help</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="29" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IdentityConsentScreen</name>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="21" />
        <source>Face check</source>
        <translation>Face check</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="21" />
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="47" />
        <source>To continue, this kiosk needs to read your resident ID card.</source>
        <translation>To continue, this kiosk needs to read your resident ID card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="57" />
        <source>What is read</source>
        <translation>What is read</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="58" />
        <source>Name, ID number, sex, ethnic group, date of birth, address and validity of the card.</source>
        <translation>Name, ID number, sex, ethnic group, date of birth, address and validity of the card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="64" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="65" />
        <source>To confirm who you are and to show only your own information.</source>
        <translation>To confirm who you are and to show only your own information.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="71" />
        <source>How long it is kept</source>
        <translation>How long it is kept</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="72" />
        <source>Only during this visit. It is wiped when you finish or walk away. The card photo is not kept.</source>
        <translation>Only during this visit. It is wiped when you finish or walk away. The card photo is not kept.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="78" />
        <source>This service also needs a face check. You will be asked for that separately.</source>
        <translation>This service also needs a face check. You will be asked for that separately.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="89" />
        <source>ID card read: %1, %2</source>
        <translation>ID card read: %1, %2</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="99" />
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="100" />
        <source>The camera takes a picture of your face. It is sent to the identity authority and compared with your ID card.</source>
        <translation>The camera takes a picture of your face. It is sent to the identity authority and compared with your ID card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="106" />
        <source>Your picture</source>
        <translation>Your picture</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="107" />
        <source>The picture is deleted right after the check and never stored at this kiosk.</source>
        <translation>The picture is deleted right after the check and never stored at this kiosk.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="113" />
        <source>The face check is voluntary. If you prefer, a member of staff can check your ID card in person instead.</source>
        <translation>The face check is voluntary. If you prefer, a member of staff can check your ID card in person instead.</translation>
    </message>
</context>
<context>
    <name>IdentityResultScreen</name>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="21" />
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="44" />
        <source>Identity verified</source>
        <translation>Identity verified</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="45" />
        <source>Your face does not match the ID card</source>
        <translation>Your face does not match the ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="46" />
        <source>The identity check is not available right now</source>
        <translation>The identity check is not available right now</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="47" />
        <source>Staff are on their way</source>
        <translation>Staff are on their way</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="59" />
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="69" />
        <source>ID number: %1</source>
        <translation>ID number: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="80" />
        <source>Please face the camera in good light and try once more, or ask staff to check your ID card.</source>
        <translation>Please face the camera in good light and try once more, or ask staff to check your ID card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="81" />
        <source>Please ask a member of staff to check your ID card in person.</source>
        <translation>Please ask a member of staff to check your ID card in person.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="83" />
        <source>The identity service cannot be reached. A member of staff can check your ID card in person.</source>
        <translation>The identity service cannot be reached. A member of staff can check your ID card in person.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="85" />
        <source>Please wait here. A member of staff will check your identity in person.</source>
        <translation>Please wait here. A member of staff will check your identity in person.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="110" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="110" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>IdentityViewModel</name>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="116" />
        <source>Please place your ID card on the reader.</source>
        <extracomment>router screens of the journey (they replace each other on the stack)</extracomment>
        <translation>Please place your ID card on the reader.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="118" />
        <source>Please look at the camera.</source>
        <translation>Please look at the camera.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="120" />
        <source>Please take your ID card.</source>
        <translation>Please take your ID card.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="121" />
        <source>Please show the QR code from the mobile app to the camera.</source>
        <translation>Please show the QR code from the mobile app to the camera.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="28" />
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="46" />
        <source>For your privacy, this visit will end in %1 seconds and everything you entered will be cleared.</source>
        <translation>For your privacy, this visit will end in %1 seconds and everything you entered will be cleared.</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="58" />
        <source>End now</source>
        <translation>End now</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="65" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../screens/qml/Labels.qml" line="8" />
        <source>Presence sensor</source>
        <translation>Presence sensor</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="9" />
        <source>ID card reader</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="10" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="11" />
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="12" />
        <source>Certificate cabinet</source>
        <translation>Certificate cabinet</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="18" />
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="19" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="20" />
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="21" />
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="22" />
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="23" />
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="24" />
        <source>Powered off</source>
        <translation>Powered off</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="33" />
        <source>Temporarily unavailable (%1: %2)</source>
        <translation>Temporarily unavailable (%1: %2)</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="38" />
        <source>This kiosk is being serviced.</source>
        <translation>This kiosk is being serviced.</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="39" />
        <source>The devices this kiosk needs are not working.</source>
        <translation>The devices this kiosk needs are not working.</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="45" />
        <source>Please take your ID card and receipt with you.</source>
        <translation>Please take your ID card and receipt with you.</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="46" />
        <source>Your visit ended because of inactivity. Your information has been cleared. Please take your ID card.</source>
        <translation>Your visit ended because of inactivity. Your information has been cleared. Please take your ID card.</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="52" />
        <source>Social security</source>
        <translation>Social security</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="53" />
        <source>Medical insurance</source>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="54" />
        <source>Housing fund</source>
        <translation>Housing fund</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="55" />
        <source>Household registration</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="56" />
        <source>Real estate</source>
        <translation>Real estate</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="57" />
        <source>Starting a business</source>
        <translation>Starting a business</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="58" />
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="59" />
        <source>Civil affairs</source>
        <translation>Civil affairs</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="60" />
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="61" />
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="62" />
        <source>Business changes</source>
        <translation>Business changes</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="63" />
        <source>Permits</source>
        <translation>Permits</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../screens/qml/Main.qml" line="7" />
        <source>Government self-service kiosk</source>
        <translation>Government self-service kiosk</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="19" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="27" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="35" />
        <source>End visit</source>
        <translation>End visit</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../screens/qml/NumericKeypad.qml" line="51" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../screens/qml/NumericKeypad.qml" line="69" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../screens/qml/OutOfServiceScreen.qml" line="28" />
        <source>This kiosk is temporarily out of service</source>
        <translation>This kiosk is temporarily out of service</translation>
    </message>
    <message>
        <location filename="../screens/qml/OutOfServiceScreen.qml" line="45" />
        <source>Please use another self-service kiosk or go to a service window. We are sorry for the inconvenience.</source>
        <translation>Please use another self-service kiosk or go to a service window. We are sorry for the inconvenience.</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="18" />
        <source>The compartment door did not open</source>
        <translation>The compartment door did not open</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="19" />
        <source>This compartment needs a member of staff</source>
        <translation>This compartment needs a member of staff</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="20" />
        <source>The pickup cabinet is temporarily unavailable</source>
        <translation>The pickup cabinet is temporarily unavailable</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="21" />
        <source>Too many wrong pickup codes</source>
        <translation>Too many wrong pickup codes</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="22" />
        <source>No certificate is waiting for you in this cabinet</source>
        <translation>No certificate is waiting for you in this cabinet</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="23" />
        <source>Your certificate is still in the compartment</source>
        <translation>Your certificate is still in the compartment</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="29" />
        <source>Nothing was taken out. Staff have been called and will open it for you. Please wait here or tap "Call for help".</source>
        <translation>Nothing was taken out. Staff have been called and will open it for you. Please wait here or tap "Call for help".</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="30" />
        <source>Please tap "Call for help"; staff will check the compartment.</source>
        <translation>Please tap "Call for help"; staff will check the compartment.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="31" />
        <source>Please try again later, or ask staff at the service desk.</source>
        <translation>Please try again later, or ask staff at the service desk.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="33" />
        <source>For your security, codes can be tried again in %1 seconds. Staff have been told.</source>
        <translation>For your security, codes can be tried again in %1 seconds. Staff have been told.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="34" />
        <source>For your security, please ask staff for help.</source>
        <translation>For your security, please ask staff for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="35" />
        <source>It may not have arrived yet or may be at another kiosk. Please check the message you received, or enter the pickup code.</source>
        <translation>It may not have arrived yet or may be at another kiosk. Please check the message you received, or enter the pickup code.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="36" />
        <source>The door was closed with the certificate inside. You can open it once more, or call for help.</source>
        <translation>The door was closed with the certificate inside. You can open it once more, or call for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="41" />
        <location filename="../screens/qml/PickupScreen.qml" line="247" />
        <source>Printing your pickup slip…</source>
        <translation>Printing your pickup slip…</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="42" />
        <source>Please take your pickup slip from the printer.</source>
        <translation>Please take your pickup slip from the printer.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="43" />
        <source>The printer is out of paper, so no pickup slip was printed. Staff have been told.</source>
        <translation>The printer is out of paper, so no pickup slip was printed. Staff have been told.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="44" />
        <source>No pickup slip could be printed. Your collection is recorded.</source>
        <translation>No pickup slip could be printed. Your collection is recorded.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="56" />
        <source>Collect a certificate</source>
        <translation>Collect a certificate</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="92" />
        <source>Enter my pickup code</source>
        <translation>Enter my pickup code</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="103" />
        <source>The 6-digit code is in the message telling you the certificate is ready.</source>
        <translation>The 6-digit code is in the message telling you the certificate is ready.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="131" />
        <source>Use my ID card and face</source>
        <translation>Use my ID card and face</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="142" />
        <source>No code? Your ID card and a face check show all certificates waiting for you.</source>
        <translation>No code? Your ID card and a face check show all certificates waiting for you.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="155" />
        <source>Temporarily unavailable: %1 (%2)</source>
        <translation>Temporarily unavailable: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="181" />
        <source>Pickup code</source>
        <translation>Pickup code</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="210" />
        <source>This code does not match any certificate here. Please check it and try again (%1 tries left).</source>
        <translation>This code does not match any certificate here. Please check it and try again (%1 tries left).</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="211" />
        <source>Please enter all 6 digits.</source>
        <translation>Please enter all 6 digits.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="212" />
        <source>%1 of %2 digits</source>
        <translation>%1 of %2 digits</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="221" />
        <source>Open my compartment</source>
        <translation>Open my compartment</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="246" />
        <source>Opening compartment %1…</source>
        <translation>Opening compartment %1…</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="271" />
        <source>Compartment</source>
        <translation>Compartment</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="288" />
        <source>The door is open. Please take your certificate and close the door firmly.</source>
        <translation>The door is open. Please take your certificate and close the door firmly.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="299" />
        <source>Certificate: %1</source>
        <translation>Certificate: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="315" />
        <source>The door has been open for a long time. Please close it. Staff have been told.</source>
        <translation>The door has been open for a long time. Please close it. Staff have been told.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="316" />
        <source>Please close the door of compartment %1 when you have your certificate.</source>
        <translation>Please close the door of compartment %1 when you have your certificate.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="348" />
        <source>Certificates waiting for you in this cabinet:</source>
        <translation>Certificates waiting for you in this cabinet:</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="374" />
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="382" />
        <source>Collected from compartment %1</source>
        <translation>Collected from compartment %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="383" />
        <source>In compartment %1</source>
        <translation>In compartment %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="393" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="447" />
        <source>Thank you. Your certificate has been collected.</source>
        <translation>Thank you. Your certificate has been collected.</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="474" />
        <source>Open again</source>
        <translation>Open again</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="482" />
        <source>Call for help</source>
        <translation>Call for help</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="490" />
        <source>Enter a pickup code</source>
        <translation>Enter a pickup code</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="498" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="498" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PickupViewModel</name>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="227" />
        <source>Enter your pickup code, or use your ID card and face.</source>
        <extracomment>seconds the door may stay open before the screen reminds to close it (tests shorten)</extracomment>
        <translation>Enter your pickup code, or use your ID card and face.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="231" />
        <source>Please enter the 6-digit pickup code.</source>
        <translation>Please enter the 6-digit pickup code.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="233" />
        <source>Opening the compartment. Please wait.</source>
        <translation>Opening the compartment. Please wait.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="236" />
        <source>Please close the door of compartment %1.</source>
        <translation>Please close the door of compartment %1.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="239" />
        <source>Compartment %1 is open. Please take your certificate and close the door.</source>
        <translation>Compartment %1 is open. Please take your certificate and close the door.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="244" />
        <source>Choose the certificate to collect.</source>
        <translation>Choose the certificate to collect.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="246" />
        <source>The door did not open. Staff have been called.</source>
        <translation>The door did not open. Staff have been called.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="248" />
        <source>Please take your pickup slip.</source>
        <translation>Please take your pickup slip.</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="17" />
        <source>No ID card found</source>
        <translation>No ID card found</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="18" />
        <source>The card was moved</source>
        <translation>The card was moved</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="19" />
        <source>The card could not be read</source>
        <translation>The card could not be read</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="20" />
        <source>This ID card has expired</source>
        <translation>This ID card has expired</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="21" />
        <source>The card reader is not working</source>
        <translation>The card reader is not working</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="22" />
        <source>The camera is not working</source>
        <translation>The camera is not working</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="23" />
        <source>We could not take a clear picture</source>
        <translation>We could not take a clear picture</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="24" />
        <source>The check was not completed</source>
        <translation>The check was not completed</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="25" />
        <source>No QR code was found</source>
        <translation>No QR code was found</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="26" />
        <source>This code is not valid</source>
        <translation>This code is not valid</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="28" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="32" />
        <source>Please put your ID card flat on the reader below the screen and leave it there.</source>
        <translation>Please put your ID card flat on the reader below the screen and leave it there.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="33" />
        <source>Please place the card again and leave it until reading has finished.</source>
        <translation>Please place the card again and leave it until reading has finished.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="34" />
        <source>The card may be damaged or not a valid ID card. Please try again, or ask staff for help.</source>
        <translation>The card may be damaged or not a valid ID card. Please try again, or ask staff for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="35" />
        <source>An expired card cannot be used here. Please use the mobile app QR code or ask staff for help.</source>
        <translation>An expired card cannot be used here. Please use the mobile app QR code or ask staff for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="36" />
        <source>Please try again. If it still does not work, ask staff for help.</source>
        <translation>Please try again. If it still does not work, ask staff for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="37" />
        <source>Please try again, or ask staff to check your identity in person.</source>
        <translation>Please try again, or ask staff to check your identity in person.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="38" />
        <source>Please stand in front of the screen, face the camera and keep still, then try again.</source>
        <translation>Please stand in front of the screen, face the camera and keep still, then try again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="39" />
        <source>Please follow the instruction on the screen, for example blink, and try again.</source>
        <translation>Please follow the instruction on the screen, for example blink, and try again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="40" />
        <source>Please hold your phone about 20 cm in front of the camera, screen towards it.</source>
        <translation>Please hold your phone about 20 cm in front of the camera, screen towards it.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="41" />
        <source>The code may have expired. Please refresh it in the app and try again.</source>
        <translation>The code may have expired. Please refresh it in the app and try again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="43" />
        <source>Please try again, or ask staff for help.</source>
        <translation>Please try again, or ask staff for help.</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="33" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="34" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="35" />
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="36" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="37" />
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="38" />
        <source>More materials needed</source>
        <translation>More materials needed</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="39" />
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="40" />
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="41" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="42" />
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="43" />
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="57" />
        <source>No application has the number on this receipt. If it was made at another kiosk more than a few days ago, please ask staff.</source>
        <translation>No application has the number on this receipt. If it was made at another kiosk more than a few days ago, please ask staff.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="59" />
        <source>Progress cannot be checked now: the platform cannot be reached and this kiosk has no earlier answer for you. Please try again later, call 12345, or use the mobile app.</source>
        <translation>Progress cannot be checked now: the platform cannot be reached and this kiosk has no earlier answer for you. Please try again later, call 12345, or use the mobile app.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="62" />
        <source>No receipt code was seen. Hold the QR code on your receipt flat in front of the camera, or type the number instead.</source>
        <translation>No receipt code was seen. Hold the QR code on your receipt flat in front of the camera, or type the number instead.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="63" />
        <source>The camera is not working now, so receipt codes cannot be read. Please type the number on your receipt instead.</source>
        <translation>The camera is not working now, so receipt codes cannot be read. Please type the number on your receipt instead.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="139" />
        <source>Track my applications</source>
        <translation>Track my applications</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="148" />
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="166" />
        <source>Use my ID card</source>
        <translation>Use my ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="167" />
        <source>See all your applications: place your ID card on the reader.</source>
        <translation>See all your applications: place your ID card on the reader.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="116" />
        <source>Temporarily unavailable: %1 (%2)</source>
        <translation>Temporarily unavailable: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="173" />
        <source>Enter an application number</source>
        <translation>Enter an application number</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="174" />
        <source>The number is printed on your receipt. No ID card needed.</source>
        <translation>The number is printed on your receipt. No ID card needed.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="179" />
        <source>Scan my receipt</source>
        <translation>Scan my receipt</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="180" />
        <source>Show the QR code printed on your receipt to the camera.</source>
        <translation>Show the QR code printed on your receipt to the camera.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="212" />
        <source>Hold the QR code on your receipt in front of the camera</source>
        <translation>Hold the QR code on your receipt in front of the camera</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="222" />
        <source>This code is not from a receipt. Please show the QR code printed on your receipt.</source>
        <translation>This code is not from a receipt. Please show the QR code printed on your receipt.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="231" />
        <source>Time left: %1 s</source>
        <translation>Time left: %1 s</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="240" />
        <location filename="../screens/qml/ProgressScreen.qml" line="415" />
        <source>Choose another way</source>
        <translation>Choose another way</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="261" />
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="290" />
        <source>Please enter all 14 digits after SQ.</source>
        <translation>Please enter all 14 digits after SQ.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="291" />
        <source>Type the 14 digits after SQ, for example SQ 20261122000123.</source>
        <translation>Type the 14 digits after SQ, for example SQ 20261122000123.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="298" />
        <source>%1 of %2 digits</source>
        <translation>%1 of %2 digits</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="306" />
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="339" />
        <source>Looking up your applications…</source>
        <translation>Looking up your applications…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="55" />
        <source>There are no applications on record for you.</source>
        <translation>There are no applications on record for you.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="58" />
        <source>No application has this number. Please check the number on your receipt.</source>
        <translation>No application has this number. Please check the number on your receipt.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="60" />
        <source>The platform could not answer this question. Please ask staff for help.</source>
        <translation>The platform could not answer this question. Please ask staff for help.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="61" />
        <source>No ID card has been read. Please go back and choose your ID card again.</source>
        <translation>No ID card has been read. Please go back and choose your ID card again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="372" />
        <source>Offline — last updated %1. This is the last known state; it may have changed since.</source>
        <translation>Offline — last updated %1. This is the last known state; it may have changed since.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="373" />
        <source>Offline — the platform cannot be reached now.</source>
        <translation>Offline — the platform cannot be reached now.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="390" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="398" />
        <source>Enter another number</source>
        <translation>Enter another number</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="407" />
        <source>Scan another receipt</source>
        <translation>Scan another receipt</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="464" />
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="491" />
        <source>Submitted on this kiosk, waiting to be sent. It is sent automatically when the network is back; nothing else to do.</source>
        <translation>Submitted on this kiosk, waiting to be sent. It is sent automatically when the network is back; nothing else to do.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="501" />
        <source>Submitted on this kiosk, but the platform did not accept it. Please take this receipt to the staff at the counter; they will help you apply again.</source>
        <translation>Submitted on this kiosk, but the platform did not accept it. Please take this receipt to the staff at the counter; they will help you apply again.</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="511" />
        <source>Receipt No. %1 · submitted %2</source>
        <translation>Receipt No. %1 · submitted %2</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="513" />
        <source>No. %1 · received %2 · promised by %3</source>
        <translation>No. %1 · received %2 · promised by %3</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="525" />
        <source>Last known state, as of %1</source>
        <translation>Last known state, as of %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="535" />
        <source>Applicant ID: %1</source>
        <translation>Applicant ID: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="545" />
        <source>Ready in pickup cabinet compartment %1</source>
        <translation>Ready in pickup cabinet compartment %1</translation>
    </message>
</context>
<context>
    <name>QrIdentityScreen</name>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="19" />
        <source>Show your QR code</source>
        <translation>Show your QR code</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="64" />
        <source>Checking your code, please wait…</source>
        <translation>Checking your code, please wait…</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="65" />
        <source>Open the mobile app and show your identity QR code to the camera</source>
        <translation>Open the mobile app and show your identity QR code to the camera</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="75" />
        <source>This is not an identity code. Please show the identity code from the app.</source>
        <translation>This is not an identity code. Please show the identity code from the app.</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="85" />
        <source>Time left: %1 s</source>
        <translation>Time left: %1 s</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="15" />
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="16" />
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="17" />
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="18" />
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="19" />
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="30" />
        <source>Hard to use</source>
        <translation>Hard to use</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="31" />
        <source>Too slow</source>
        <translation>Too slow</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="32" />
        <source>A device did not work</source>
        <translation>A device did not work</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="33" />
        <source>Information unclear</source>
        <translation>Information unclear</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="34" />
        <source>My matter was not solved</source>
        <translation>My matter was not solved</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="47" />
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="48" />
        <source>How satisfied are you with this visit?</source>
        <translation>How satisfied are you with this visit?</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="58" />
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="128" />
        <source>Sorry to hear that. What went wrong? You may choose some, or none.</source>
        <translation>Sorry to hear that. What went wrong? You may choose some, or none.</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="168" />
        <source>You have already rated this visit. Thank you.</source>
        <translation>You have already rated this visit. Thank you.</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="169" />
        <source>Thank you for your rating. It helps us improve our services.</source>
        <translation>Thank you for your rating. It helps us improve our services.</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="170" />
        <source>Thank you. Your rating could not be saved this time.</source>
        <translation>Thank you. Your rating could not be saved this time.</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="180" />
        <source>Please take your ID card and any receipt with you.</source>
        <translation>Please take your ID card and any receipt with you.</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="197" />
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="205" />
        <source>Submit rating</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="212" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RatingViewModel</name>
    <message>
        <location filename="../screens/viewmodels/rating.py" line="151" />
        <source>How satisfied are you with this visit?</source>
        <extracomment>submit(kind, body, idempotency_key, on_done(ok)) -&gt; queued? (on_done may run on any thread) the outbox answered (operation number, ok); emitted on the writer thread, queued here evaluations handed to the outbox by this object (tests read it)</extracomment>
        <translation>How satisfied are you with this visit?</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/rating.py" line="153" />
        <source>Sorry to hear that. What went wrong? You may choose some.</source>
        <translation>Sorry to hear that. What went wrong? You may choose some.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/rating.py" line="157" />
        <source>Thank you for your rating.</source>
        <translation>Thank you for your rating.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/rating.py" line="159" />
        <source>You have already rated this visit. Thank you.</source>
        <translation>You have already rated this visit. Thank you.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="29" />
        <source>Service name, pinyin or initials</source>
        <translation>Service name, pinyin or initials</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="53" />
        <source>Popular services</source>
        <translation>Popular services</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="54" />
        <source>Services found: %1</source>
        <translation>Services found: %1</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="96" />
        <source>No service matches "%1"</source>
        <translation>No service matches "%1"</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="104" />
        <source>Try fewer characters, the first letters of the pinyin (for example sbk for 社保卡), or go back and choose a theme.</source>
        <translation>Try fewer characters, the first letters of the pinyin (for example sbk for 社保卡), or go back and choose a theme.</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="116" />
        <source>Loading the list of services…</source>
        <translation>Loading the list of services…</translation>
    </message>
</context>
<context>
    <name>ServiceRow</name>
    <message>
        <location filename="../screens/qml/ServiceRow.qml" line="67" />
        <source>Self-service</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <location filename="../screens/qml/ServiceRow.qml" line="67" />
        <source>Guide only</source>
        <translation>Guide only</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../screens/qml/SignaturePad.qml" line="27" />
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="53" />
        <source>Platform online</source>
        <translation>Platform online</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="54" />
        <source>Platform offline</source>
        <translation>Platform offline</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="54" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="61" />
        <source>All sent</source>
        <translation>All sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/StatusBar.qml" line="61" />
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n item waiting to send</numerusform>
            <numerusform>%n items waiting to send</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="67" />
        <source>Devices OK</source>
        <translation>Devices OK</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/StatusBar.qml" line="68" />
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n device needs attention</numerusform>
            <numerusform>%n devices need attention</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="78" />
        <source>Voice on</source>
        <translation>Voice on</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="78" />
        <source>Voice off</source>
        <translation>Voice off</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="117" />
        <source>Standard mode</source>
        <translation>Standard mode</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="117" />
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="125" />
        <source>Call for help</source>
        <translation>Call for help</translation>
    </message>
</context>
<context>
    <name>TakeCardReminder</name>
    <message>
        <location filename="../screens/qml/TakeCardReminder.qml" line="15" />
        <source>Please take your ID card from the reader.</source>
        <translation>Please take your ID card from the reader.</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="16" />
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="17" />
        <source>Please take your ticket from the printer.</source>
        <translation>Please take your ticket from the printer.</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="18" />
        <source>The printer is out of paper. Please note your number; staff have been told.</source>
        <translation>The printer is out of paper. Please note your number; staff have been told.</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="19" />
        <source>The ticket could not be printed. Please note your number.</source>
        <translation>The ticket could not be printed. Please note your number.</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="30" />
        <source>Queue number and appointment check-in</source>
        <translation>Queue number and appointment check-in</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="54" />
        <source>Take a number for:</source>
        <translation>Take a number for:</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="74" />
        <source>General services</source>
        <translation>General services</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="83" />
        <source>The printer is not available: your number will be shown on the screen.</source>
        <translation>The printer is not available: your number will be shown on the screen.</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="105" />
        <source>I have an appointment</source>
        <translation>I have an appointment</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="115" />
        <source>Check in with my ID card</source>
        <translation>Check in with my ID card</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="123" />
        <source>Temporarily unavailable: %1 (%2)</source>
        <translation>Temporarily unavailable: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="134" />
        <source>Enter appointment code</source>
        <translation>Enter appointment code</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="155" />
        <source>Appointment code (8 digits, in your booking message)</source>
        <translation>Appointment code (8 digits, in your booking message)</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="183" />
        <source>Please enter all 8 digits.</source>
        <translation>Please enter all 8 digits.</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="184" />
        <source>%1 of %2 digits</source>
        <translation>%1 of %2 digits</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="194" />
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="202" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="227" />
        <source>Checking you in. Please wait…</source>
        <translation>Checking you in. Please wait…</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="228" />
        <source>Getting your number. Please wait…</source>
        <translation>Getting your number. Please wait…</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="248" />
        <source>Your number has arrived after all.</source>
        <translation>Your number has arrived after all.</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="257" />
        <source>You had already checked in. Your number is</source>
        <translation>You had already checked in. Your number is</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="258" />
        <source>You are checked in. Your number is</source>
        <translation>You are checked in. Your number is</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="259" />
        <source>Your number is</source>
        <translation>Your number is</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="278" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="279" />
        <source>%1 · %2 waiting ahead of you</source>
        <translation>%1 · %2 waiting ahead of you</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="315" />
        <source>No appointment found for today</source>
        <translation>No appointment found for today</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="317" />
        <source>Check-in is not possible right now</source>
        <translation>Check-in is not possible right now</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="318" />
        <source>Numbers cannot be issued right now</source>
        <translation>Numbers cannot be issued right now</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="319" />
        <source>The request was not accepted</source>
        <translation>The request was not accepted</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="329" />
        <source>Please check the code in your booking message, or ask staff at the service desk.</source>
        <translation>Please check the code in your booking message, or ask staff at the service desk.</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="330" />
        <source>We found no appointment for today for this ID card. Please ask staff at the service desk.</source>
        <translation>We found no appointment for today for this ID card. Please ask staff at the service desk.</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="332" />
        <source>The service hall's queue system cannot be reached. Please ask the staff at the service desk for a number. No number has been taken for you.</source>
        <translation>The service hall's queue system cannot be reached. Please ask the staff at the service desk for a number. No number has been taken for you.</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="333" />
        <source>Please ask the staff at the service desk.</source>
        <translation>Please ask the staff at the service desk.</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="354" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="362" />
        <source>Call for help</source>
        <translation>Call for help</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="369" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TicketViewModel</name>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="48" />
        <source>General services</source>
        <extracomment>enqueue(kind, body, key, on_done(item_id or "")) -&gt; queued?</extracomment>
        <translation>General services</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="49" />
        <source>Social security</source>
        <translation>Social security</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="50" />
        <source>Medical insurance</source>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="51" />
        <source>Housing fund</source>
        <translation>Housing fund</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="52" />
        <source>Household registration</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="53" />
        <source>Real estate</source>
        <translation>Real estate</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="54" />
        <source>Starting a business</source>
        <translation>Starting a business</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="55" />
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="202" />
        <source>Choose the service you need a number for, or check in for your appointment.</source>
        <extracomment>deadlines of the next request (tests shorten them)</extracomment>
        <translation>Choose the service you need a number for, or check in for your appointment.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="207" />
        <source>Please enter your 8-digit appointment code.</source>
        <translation>Please enter your 8-digit appointment code.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="209" />
        <source>Getting your number. Please wait.</source>
        <translation>Getting your number. Please wait.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="212" />
        <source>Your number is %1.</source>
        <translation>Your number is %1.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="214" />
        <source>No appointment was found for today.</source>
        <translation>No appointment was found for today.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="216" />
        <source>Numbers cannot be issued right now. Please ask the staff at the service desk.</source>
        <translation>Numbers cannot be issued right now. Please ask the staff at the service desk.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="220" />
        <source>Please ask the staff at the service desk.</source>
        <translation>Please ask the staff at the service desk.</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="58" />
        <source>Please choose a service, or search for it.</source>
        <extracomment>``ui.voice_prompts``: when a visit starts with the voice on Router screen → what is said on entering it (English source; translated when spoken). Screens of journeys with state-dependent prompts (idCard, face, qrIdentity, identityResult...) are left out on purpose: their view-models speak.</extracomment>
        <translation>Please choose a service, or search for it.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="59" />
        <source>Type the name of the service, in Chinese, in pinyin or by its initials.</source>
        <translation>Type the name of the service, in Chinese, in pinyin or by its initials.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="62" />
        <source>Please choose a service from the list.</source>
        <translation>Please choose a service from the list.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="63" />
        <source>This is the guide of the service: what you need and how to apply.</source>
        <translation>This is the guide of the service: what you need and how to apply.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="66" />
        <source>Please choose what you need to get done. Each one covers several services.</source>
        <translation>Please choose what you need to get done. Each one covers several services.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="69" />
        <source>These services are handled together. Tap one to read its guide.</source>
        <translation>These services are handled together. Tap one to read its guide.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="72" />
        <source>Please read how your identity will be checked, then choose.</source>
        <translation>Please read how your identity will be checked, then choose.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="75" />
        <source>Place your ID card on the reader, or enter your application number.</source>
        <translation>Place your ID card on the reader, or enter your application number.</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="78" />
        <source>This kiosk is out of service. Please ask the staff in the hall.</source>
        <translation>This kiosk is out of service. Please ask the staff in the hall.</translation>
    </message>
</context>
<context>
    <name>cabinet</name>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="170" />
        <source>Compartment {compartment} is open. Please take your certificate and close the door.</source>
        <extracomment>Flags (why staff must look at a compartment). English source texts for the screens, by event/flag/reason code. The view-model passes them through Qt's translation (``QCoreApplication.translate("cabinet", text)``); lupdate extracts them into i18n/*.ts through the QT_TRANSLATE_NOOP marks.</extracomment>
        <translation>Compartment {compartment} is open. Please take your certificate and close the door.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="174" />
        <source>Thank you. Your certificate has been collected.</source>
        <translation>Thank you. Your certificate has been collected.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="175" />
        <source>The certificate is still in compartment {compartment}. Please call for help if you could not take it.</source>
        <translation>The certificate is still in compartment {compartment}. Please call for help if you could not take it.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="180" />
        <source>Please close the door of compartment {compartment}.</source>
        <translation>Please close the door of compartment {compartment}.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="181" />
        <source>Compartment {compartment} is open. Put the certificate in and close the door.</source>
        <translation>Compartment {compartment} is open. Put the certificate in and close the door.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="184" />
        <source>The certificate is in compartment {compartment}.</source>
        <translation>The certificate is in compartment {compartment}.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="185" />
        <source>Compartment {compartment} was closed empty. Nothing was deposited.</source>
        <translation>Compartment {compartment} was closed empty. Nothing was deposited.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="188" />
        <source>The compartment door did not open. Please call for help.</source>
        <translation>The compartment door did not open. Please call for help.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="191" />
        <source>The cabinet did not confirm that the door opened. Please call for help.</source>
        <translation>The cabinet did not confirm that the door opened. Please call for help.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="194" />
        <source>The cabinet is not answering. Please call for help.</source>
        <translation>The cabinet is not answering. Please call for help.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="195" />
        <source>The pickup cabinet is temporarily unavailable.</source>
        <translation>The pickup cabinet is temporarily unavailable.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="196" />
        <source>No certificate is waiting for you in this cabinet.</source>
        <translation>No certificate is waiting for you in this cabinet.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="197" />
        <source>Too many wrong pickup codes. Please try again later or call for help.</source>
        <translation>Too many wrong pickup codes. Please try again later or call for help.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="200" />
        <source>This compartment has already been opened for you.</source>
        <translation>This compartment has already been opened for you.</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="203" />
        <source>There is no free compartment in the cabinet.</source>
        <translation>There is no free compartment in the cabinet.</translation>
    </message>
</context>
</TS>