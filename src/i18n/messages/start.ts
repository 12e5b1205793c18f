import {both} from "../localized.js";

/** What `npm start` (scripts/start.js) says in a terminal. */
export const startMessages = {
  building: both(
    "Собираю курс: в первый раз около полуминуты, потом — только когда меняются его файлы.",
    "Building the course: about half a minute the first time, and again only when its files change."
  ),
  waiting: (pid: number | string) =>
    both(
      `Жду, пока закончится другая сборка курса (процесс ${pid})…`,
      `Waiting for another build of the course to end (process ${pid})…`
    ),
  buildingFor: (seconds: number) => both(`…${seconds} с`, `…${seconds} s`),
  built: (seconds: number) => both(`Курс собран за ${seconds} с.`, `Built in ${seconds} s.`),
  buildFailed: both(
    "Сборка не удалась (её журнал выше). Когда ошибка будет исправлена, снова выполните `npm start`.",
    "The build failed (its log is above). Once it is mended, `npm start` again."
  ),
  portTaken: (port: number) =>
    both(
      `Порт ${port} занят, возможно, другим \`npm start\`. Другой порт: \`npm start -- --port ${port + 1}\``,
      `Port ${port} is taken, perhaps by another \`npm start\`. Another port: \`npm start -- --port ${port + 1}\``
    ),
  badPort: (port: string) => both(`Это не порт: ${port}`, `Not a port: ${port}`),
  usage: both(
    "Использование: `npm start -- [--port 3000] [--no-open]`",
    "Usage: `npm start -- [--port 3000] [--no-open]`"
  ),
  serving: (url: string) =>
    both(`ConvLab открыт на ${url}/ (остановить — клавиши Ctrl-C).`, `ConvLab is at ${url}/ (Ctrl-C stops it).`)
};
