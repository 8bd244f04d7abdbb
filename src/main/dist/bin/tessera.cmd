@echo off
rem Runs Tessera on Windows: the jar of this distribution with the JVM options of lib\jvm.options (as bin/tessera).
setlocal
set "TESSERA_HOME=%~dp0.."
set /p TESSERA_OPTS=<"%TESSERA_HOME%\lib\jvm.options"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %TESSERA_OPTS% %TESSERA_JAVA_OPTS% -jar "%TESSERA_HOME%\lib\tessera.jar" %*
exit /b %ERRORLEVEL%
