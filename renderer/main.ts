import './components/presscut-app.ts';
